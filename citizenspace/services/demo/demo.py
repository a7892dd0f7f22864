"""The demo city: a year in the life of a participation office, written into a new database.

Why: a newcomer (a coordinator being trained, a developer, someone judging the tool) should
open the application and see a living city — councils with their members and reserve lists,
a year of meetings with sign-in sheets, twenty thousand visits at the desks, "Allô mairie"
tickets, a children's budget open for votes — not empty screens.

Rules this module keeps:

- Deterministic: the same (seed, scale, today) gives the same rows, ids included. Every id
  and every choice comes from `random.Random` instances seeded from `seed` and the name of
  the stage, never from `uuid4()` or the wall clock. Each stage has its own generator, so a
  change to one stage does not reshuffle the others.
- Never mixed with real data: a database that already holds people (or any other city data
  than the device registry) is refused and left untouched.
- Fast: rows are built as plain dicts and written with bulk `insert()` statements in one
  transaction. The capture triggers still fire for every row, on purpose: the demo city is
  ordinary data that syncs like any other.

The contents are French and modelled on a city like Saint-Quentin (Aisne, 55,000
inhabitants), but names of streets, districts and services are generic enough for any city.
Phone numbers of citizens use the ranges reserved for fiction by the French regulator;
e-mail addresses use reserved example domains.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from hashlib import sha256
from importlib import resources
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from citizenspace.domain import catalog as c
from citizenspace.domain.ids import id_for_key
from citizenspace.domain.people import search_key
from citizenspace.services.budget.budget import REPRINT_PREFIX
from citizenspace.services.common.errors import ServiceError
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.media.pictures import clean_picture
from citizenspace.store.models import (
    AgendaItem,
    Attendance,
    Ballot,
    Base,
    Body,
    BudgetEdition,
    Candidacy,
    CodeBatch,
    Device,
    DirectoryEntry,
    District,
    Draw,
    EditionSite,
    Event,
    FollowUp,
    LocalSetting,
    Membership,
    MysterySurvey,
    Person,
    Project,
    Setting,
    Site,
    StaffAccount,
    Theme,
    TicketCategory,
    TicketEvent,
    UsedCode,
    Visit,
    synced_tables,
)

CITY_NAME = "Saint-Quentin (démo)"
#: Local setting present (value "1") on a database holding the demo city.
DEMO_FLAG = "is_demo"
POSTCODE = "02100"
#: Rows per INSERT statement: big enough to be fast, small enough to report progress.
CHUNK = 2000
#: At scale 1: a year of a 55,000-inhabitant city's participation office.
PEOPLE_AT_SCALE_1 = 1500
NEIGHBOURHOOD_CANDIDATES_AT_SCALE_1 = 600
YOUTH_CANDIDATES_AT_SCALE_1 = 85
SENIOR_CANDIDATES_AT_SCALE_1 = 50
ASSOCIATION_CANDIDATES_AT_SCALE_1 = 40
VISITS_AT_SCALE_1 = 20_000


class DemoRefused(ServiceError):
    """The database already holds city data: the demo is only written into a new one."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(f"the database already holds {rows} row(s) in {table}")
        self.table = table
        self.rows = rows


@dataclass(frozen=True)
class DemoSummary:
    """What was written: rows per synced table (table name -> count)."""

    seed: int
    scale: float
    today: date
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# =========================================================================== embedded data


def _split(text: str, sep: str = ", ") -> tuple[str, ...]:
    """A list written as one string, so that long lists of names stay readable."""
    return tuple(text.split(sep))


MALE_OLD = _split(
    "Jean, Michel, Bernard, Gérard, Daniel, Claude, Alain, Jacques, André, Roger, René, "
    "Pierre, Marcel, Guy, Serge, Gilbert, Jean-Pierre, Francis, Jean-Claude, Robert, "
    "Henri, Yves, Raymond, Maurice"
)
FEMALE_OLD = _split(
    "Monique, Jacqueline, Danielle, Françoise, Nicole, Christiane, Martine, Josiane, "
    "Colette, Michèle, Annie, Chantal, Ginette, Odette, Yvette, Huguette, Bernadette, "
    "Marie-Thérèse, Simone, Denise, Paulette, Évelyne"
)
MALE_MID = _split(
    "Christophe, Stéphane, Frédéric, Laurent, Olivier, Sébastien, Nicolas, Thierry, Éric, "
    "Pascal, Philippe, David, Franck, Karim, Mohamed, Didier, Jérôme, Ludovic, Fabrice, "
    "Grégory, Vincent, Rachid"
)
FEMALE_MID = _split(
    "Nathalie, Sandrine, Isabelle, Valérie, Sylvie, Stéphanie, Céline, Karine, Virginie, "
    "Aurélie, Laetitia, Émilie, Séverine, Delphine, Corinne, Samia, Nadia, Hélène, "
    "Catherine, Véronique, Anne-Sophie, Fatima"
)
MALE_YOUNG = _split(
    "Lucas, Hugo, Nathan, Louis, Gabriel, Jules, Enzo, Théo, Raphaël, Yanis, Adam, Noah, "
    "Mathis, Tom, Léo, Ethan, Rayan, Nolan, Maël, Sacha, Ilyes, Timéo, Kylian, Axel"
)
FEMALE_YOUNG = _split(
    "Emma, Léa, Chloé, Inès, Jade, Manon, Camille, Lina, Louise, Sarah, Zoé, Lola, Alice, "
    "Mila, Ambre, Anaïs, Maëlys, Romane, Clémence, Noémie, Yasmine, Océane, Lou, Énora"
)
LAST_NAMES = _split(
    "Lefebvre, Leroy, Lemaire, Dupont, Dubois, Moreau, Caron, Carpentier, Delattre, "
    "Lecomte, Dumont, Bertin, Vasseur, Duchêne, Lefèvre, Martin, Bernard, Petit, Durand, "
    "Leclercq, Lambert, Fontaine, Roussel, Dufour, Masson, Mercier, Boucher, Lenoir, "
    "Poulain, Devaux, Hénon, Lagache, Delcourt, Boulanger, Dequidt, Hennebert, Wallet, "
    "Cailleux, Demarcy, Lheureux, Grenier, Cordier, Legrand, Marchand, Gosselin, Pruvost, "
    "Dupuis, Morel, Fournier, Girard, Rousseau, Blanchard, Guérin, Bonnet, Benali, Haddad, "
    "Diallo, Traoré, Nguyen, Martins, Da Silva, Kaya, Ben Ahmed, Mendy, Ferreira, Lopez, "
    "Garcia, Kowalski, Brahimi, Meunier, Prévost, Hébert, Lesage, Noël, Tellier, Vigneron, "
    "Collet, Delannoy"
)

# The tables below are laid out by hand, one record per line or two: easier to read and to
# edit than the formatter's one-value-per-line layout.
# fmt: off

#: The 8 districts, each with a short code and a few streets.
DISTRICTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Centre-ville", "CV", (
        "rue d'Isle", "rue de la Sellerie", "rue Saint-André", "rue des Toiles",
        "rue Émile Zola", "rue Raspail", "place du Marché",
    )),
    ("Europe", "EU", (
        "avenue de l'Europe", "rue Jean Monnet", "rue Robert Schuman", "allée de Strasbourg",
        "rue de Lisbonne", "place de la Concorde",
    )),
    ("Faubourg d'Isle", "FI", (
        "rue du Faubourg d'Isle", "rue de la Chaussée Romaine", "rue Pierre Curie",
        "rue Danton", "rue de la Fère", "impasse des Tanneurs",
    )),
    ("Saint-Martin – Oëstres", "SM", (
        "rue de Paris", "rue de Ham", "rue d'Oëstres", "rue Saint-Martin",
        "rue Anatole France", "allée des Peupliers",
    )),
    ("Neuville", "NE", (
        "rue de Neuville", "rue de Guise", "rue Pasteur", "rue des Glycines",
        "rue Léon Blum", "square des Tilleuls",
    )),
    ("Vermandois", "VE", (
        "rue du Vermandois", "rue de Vermand", "boulevard Richelieu", "rue de Cambrai",
        "rue Voltaire", "rue des Écoles",
    )),
    ("Remicourt", "RE", (
        "rue de Remicourt", "rue Camille Desmoulins", "rue Condorcet", "rue Charles Péguy",
        "rue des Lilas", "chemin du Moulin",
    )),
    ("Saint-Jean", "SJ", (
        "rue Saint-Jean", "rue du Général Leclerc", "boulevard Gambetta", "rue Jean Jaurès",
        "rue Victor Basch", "place Saint-Jean",
    )),
)
#: How many candidates each district brings, relative to the others.
DISTRICT_WEIGHTS = (1.35, 0.9, 1.0, 1.05, 0.85, 1.1, 0.8, 0.95)

SITES: tuple[tuple[str, str, c.SiteKind, str], ...] = (
    ("town_hall", "Hôtel de ville", c.SiteKind.TOWN_HALL,
     "Place de l'Hôtel de Ville, 02100 Saint-Quentin"),
    ("citizen_space", "Espace Citoyens", c.SiteKind.CITIZEN_SPACE,
     "12 rue de la Sellerie, 02100 Saint-Quentin"),
    ("cs_europe", "Centre social Europe", c.SiteKind.SOCIAL_CENTRE,
     "4 avenue de l'Europe, 02100 Saint-Quentin"),
    ("cs_isle", "Centre social du Faubourg d'Isle", c.SiteKind.SOCIAL_CENTRE,
     "37 rue du Faubourg d'Isle, 02100 Saint-Quentin"),
    ("cs_neuville", "Centre social de Neuville", c.SiteKind.SOCIAL_CENTRE,
     "2 rue des Glycines, 02100 Saint-Quentin"),
    ("bus", "Bus France Services", c.SiteKind.BUS, "Itinérant (8 quartiers)"),
)

DEVICES: tuple[tuple[str, str, c.DeviceKind, str], ...] = (
    ("desk_town_hall", "Accueil Hôtel de ville", c.DeviceKind.STAFF, "town_hall"),
    ("desk_cs_1", "Accueil Espace Citoyens 1", c.DeviceKind.STAFF, "citizen_space"),
    ("desk_cs_2", "Accueil Espace Citoyens 2", c.DeviceKind.STAFF, "citizen_space"),
    ("coordination", "Poste coordination", c.DeviceKind.STAFF, "citizen_space"),
    ("bus_laptop", "Portable Bus France Services", c.DeviceKind.STAFF, "bus"),
    ("kiosk_cs", "Borne Espace Citoyens", c.DeviceKind.KIOSK, "citizen_space"),
    ("kiosk_europe", "Borne Centre social Europe", c.DeviceKind.KIOSK, "cs_europe"),
)

#: Parent theme -> (keywords, sub-themes as (name, keywords)).
THEMES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("État civil", "acte naissance mariage décès", (
        ("Naissance et reconnaissance", "acte de naissance reconnaissance"),
        ("Mariage et PACS", "mariage pacs union"),
        ("Décès", "décès obsèques acte"),
        ("Carte d'identité et passeport", "cni passeport titre identité rendez-vous"),
        ("Livret de famille", "livret famille duplicata"),
    )),
    ("Élections", "vote électeur", (
        ("Inscription sur les listes", "inscription liste électorale"),
        ("Procuration", "procuration vote absent"),
        ("Carte électorale", "carte électeur"),
    )),
    ("Urbanisme", "construction travaux maison", (
        ("Permis de construire", "permis construire agrandissement"),
        ("Déclaration préalable", "clôture abri fenêtre façade"),
        ("Plan local d'urbanisme", "plu cadastre zonage"),
    )),
    ("Voirie", "rue route chaussée", (
        ("Chaussée abîmée", "nid-de-poule trou chaussée"),
        ("Trottoirs", "trottoir dalle descellée accessibilité"),
        ("Stationnement", "stationnement gênant place parking"),
        ("Travaux en cours", "chantier déviation travaux"),
    )),
    ("Propreté", "sale nettoyage", (
        ("Dépôts sauvages", "dépôt sauvage déchets abandonnés"),
        ("Tags et graffitis", "tag graffiti mur"),
        ("Nettoyage des rues", "balayage feuilles déjections"),
    )),
    ("Éclairage public", "lampadaire lumière nuit", (
        ("Lampadaire en panne", "lampadaire éteint clignote panne"),
        ("Demande d'éclairage", "rue sombre nouvel éclairage"),
    )),
    ("Transports", "bus mobilité", (
        ("Bus urbains", "bus ligne horaire arrêt abonnement"),
        ("Transport scolaire", "car scolaire ramassage"),
        ("Vélo", "piste cyclable vélo stationnement vélo"),
    )),
    ("Déchets", "poubelle ordures tri", (
        ("Collecte des ordures", "collecte poubelle jour ramassage"),
        ("Encombrants", "encombrants meubles enlèvement"),
        ("Déchetterie", "déchetterie horaires badge"),
        ("Bacs et conteneurs", "bac cassé conteneur verre"),
    )),
    ("Social", "aide solidarité", (
        ("Aides du CCAS", "aide ccas secours colis"),
        ("Logement", "logement social demande hlm"),
        ("Personnes âgées", "senior portage repas autonomie"),
        ("Handicap", "handicap mdph accessibilité"),
    )),
    ("Jeunesse", "enfants jeunes école", (
        ("Inscriptions scolaires", "inscription école maternelle"),
        ("Cantine et périscolaire", "cantine garderie centre de loisirs"),
        ("Conseil municipal des jeunes", "cmj jeunes conseil"),
    )),
    ("Associations", "association bénévole", (
        ("Guichet des associations", "création association statuts"),
        ("Subventions", "subvention dossier"),
        ("Prêt de salles et de matériel", "salle prêt matériel barnum"),
    )),
    ("Sports", "sport club", (
        ("Équipements sportifs", "gymnase stade terrain"),
        ("Piscines", "piscine horaires natation"),
    )),
    ("Culture", "culture loisirs", (
        ("Bibliothèques", "bibliothèque médiathèque livre"),
        ("Spectacles et musées", "théâtre musée billetterie"),
        ("Conservatoire", "musique danse conservatoire"),
    )),
    ("Démocratie de proximité", "participation citoyenne", (
        ("Conseils de quartier", "conseil quartier candidature"),
        ("Budget participatif", "budget participatif projet vote"),
        ("Suggestions et réclamations", "réclamation suggestion plainte"),
    )),
    ("Tranquillité publique", "sécurité voisinage", (
        ("Police municipale", "police municipale stationnement"),
        ("Bruit et voisinage", "bruit nuisances voisin"),
        ("Objets trouvés", "objet perdu trouvé"),
    )),
)

CITY_HOURS = "Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h 30"
AGGLO = "Agglomération du Saint-Quentinois"
DEPT = "Département de l'Aisne"

#: "Qui fait quoi ?": (name, competence, body, keywords, parent theme, address, hours, e-mail)
DIRECTORY: tuple[tuple[str, c.Competence, str, str, str, str, str, str], ...] = (
    ("Service État civil", c.Competence.CITY, "Ville",
     "naissance mariage décès pacs acte livret de famille", "État civil",
     "Hôtel de ville, place de l'Hôtel de Ville", CITY_HOURS + " ; samedi 9 h – 12 h",
     "etat-civil@saint-quentin.example"),
    ("Cartes d'identité et passeports", c.Competence.CITY, "Ville",
     "cni passeport titre identité rendez-vous", "État civil",
     "Hôtel de ville, place de l'Hôtel de Ville", "Sur rendez-vous, du lundi au samedi",
     "titres@saint-quentin.example"),
    ("Service Élections", c.Competence.CITY, "Ville",
     "inscription liste électorale procuration carte électeur", "Élections",
     "Hôtel de ville, place de l'Hôtel de Ville", CITY_HOURS,
     "elections@saint-quentin.example"),
    ("Service Urbanisme", c.Competence.CITY, "Ville",
     "permis de construire déclaration préalable plu cadastre", "Urbanisme",
     "Centre administratif, 58 boulevard Victor Hugo", "Du lundi au vendredi, 9 h – 12 h",
     "urbanisme@saint-quentin.example"),
    ("Cimetières et affaires funéraires", c.Competence.CITY, "Ville",
     "concession cimetière inhumation", "État civil",
     "Centre administratif, 58 boulevard Victor Hugo", CITY_HOURS,
     "cimetieres@saint-quentin.example"),
    ("Police municipale", c.Competence.CITY, "Ville",
     "stationnement objets trouvés bruit sécurité", "Tranquillité publique",
     "3 rue de la Comédie", "7 jours sur 7, 7 h – 22 h",
     "police-municipale@saint-quentin.example"),
    ("CCAS – Centre communal d'action sociale", c.Competence.CITY, "Ville",
     "aide sociale colis secours personnes âgées portage repas", "Social",
     "7 rue de la Comédie", CITY_HOURS, "ccas@saint-quentin.example"),
    ("Affaires scolaires et périscolaire", c.Competence.CITY, "Ville",
     "inscription école cantine garderie centre de loisirs", "Jeunesse",
     "Centre administratif, 58 boulevard Victor Hugo", CITY_HOURS,
     "scolaire@saint-quentin.example"),
    ("Service Jeunesse", c.Competence.CITY, "Ville",
     "conseil municipal des jeunes bafa jobs d'été", "Jeunesse",
     "Espace Citoyens, 12 rue de la Sellerie", CITY_HOURS, "jeunesse@saint-quentin.example"),
    ("Service des Sports", c.Competence.CITY, "Ville",
     "gymnase stade club créneau", "Sports",
     "Stade municipal, rue de la Chaussée Romaine", CITY_HOURS,
     "sports@saint-quentin.example"),
    ("Bibliothèques municipales", c.Competence.CITY, "Ville",
     "bibliothèque médiathèque inscription prêt", "Culture",
     "Place du Marché", "Du mardi au samedi, 10 h – 18 h",
     "bibliotheques@saint-quentin.example"),
    ("Guichet des associations", c.Competence.CITY, "Ville",
     "création association subvention prêt de salle matériel", "Associations",
     "Espace Citoyens, 12 rue de la Sellerie", CITY_HOURS,
     "associations@saint-quentin.example"),
    ("Allô mairie", c.Competence.CITY, "Ville",
     "signalement nid-de-poule lampadaire propreté tag dépôt sauvage", "Voirie",
     "Hôtel de ville, place de l'Hôtel de Ville", "Du lundi au vendredi, 8 h – 18 h",
     "allo-mairie@saint-quentin.example"),
    ("Espace Citoyens – Démocratie de proximité", c.Competence.CITY, "Ville",
     "conseil de quartier budget participatif candidature", "Démocratie de proximité",
     "12 rue de la Sellerie", CITY_HOURS, "espace-citoyens@saint-quentin.example"),
    ("Occupation du domaine public et marchés", c.Competence.CITY, "Ville",
     "terrasse échafaudage déménagement marché", "Voirie",
     "Centre administratif, 58 boulevard Victor Hugo", CITY_HOURS,
     "domaine-public@saint-quentin.example"),
    ("Collecte des déchets et encombrants", c.Competence.URBAN_COMMUNITY, AGGLO,
     "poubelle collecte encombrants bac tri calendrier", "Déchets",
     "58 boulevard Victor Hugo", CITY_HOURS, "dechets@agglo-saint-quentin.example"),
    ("Déchetteries", c.Competence.URBAN_COMMUNITY, AGGLO,
     "déchetterie badge horaires gravats", "Déchets",
     "Rue de la Fère", "Du lundi au samedi, 9 h – 18 h ; dimanche 9 h – 12 h",
     "dechets@agglo-saint-quentin.example"),
    ("Eau et assainissement", c.Competence.URBAN_COMMUNITY, AGGLO,
     "eau fuite compteur facture assainissement", "Voirie",
     "58 boulevard Victor Hugo", CITY_HOURS, "eau@agglo-saint-quentin.example"),
    ("Transports urbains", c.Competence.URBAN_COMMUNITY, AGGLO,
     "bus ligne abonnement horaires transport à la demande", "Transports",
     "Agence commerciale, place du Marché", "Du lundi au samedi, 9 h – 18 h",
     "transports@agglo-saint-quentin.example"),
    ("Habitat et rénovation", c.Competence.URBAN_COMMUNITY, AGGLO,
     "rénovation énergétique aides travaux logement", "Social",
     "58 boulevard Victor Hugo", CITY_HOURS, "habitat@agglo-saint-quentin.example"),
    ("Développement économique", c.Competence.URBAN_COMMUNITY, AGGLO,
     "entreprise commerce installation emploi", "Associations",
     "58 boulevard Victor Hugo", CITY_HOURS, "eco@agglo-saint-quentin.example"),
    ("Sous-préfecture de Saint-Quentin", c.Competence.STATE, "État",
     "titre de séjour étranger permis de conduire carte grise ants", "État civil",
     "Rue de la Sous-Préfecture", "Sur rendez-vous uniquement",
     "sous-prefecture@aisne.example"),
    ("Centre des finances publiques", c.Competence.STATE, "État",
     "impôts taxe foncière déclaration revenus", "Social",
     "Rue de Paris", "Du lundi au vendredi, 8 h 30 – 12 h", "sip@dgfip.example"),
    ("France Travail", c.Competence.STATE, "État",
     "emploi chômage inscription demandeur d'emploi", "Social",
     "Rue du Général Leclerc", "Du lundi au vendredi, 8 h 30 – 16 h 30",
     "contact@francetravail.example"),
    ("Commissariat de police", c.Competence.STATE, "État",
     "plainte vol agression main courante", "Tranquillité publique",
     "Boulevard Gambetta", "24 h sur 24", "commissariat@interieur.example"),
    ("Point-justice", c.Competence.STATE, "État",
     "avocat conseil juridique conciliateur litige", "Social",
     "Rue Raspail", "Sur rendez-vous", "point-justice@justice.example"),
    ("Maison départementale des solidarités", c.Competence.DEPARTMENT, DEPT,
     "rsa pmi protection de l'enfance assistante sociale", "Social",
     "Rue de Vermand", CITY_HOURS, "mds@aisne.example"),
    ("Autonomie des personnes âgées (APA)", c.Competence.DEPARTMENT, DEPT,
     "apa aide à domicile autonomie ehpad", "Social",
     "Rue de Vermand", CITY_HOURS, "autonomie@aisne.example"),
    ("Maison départementale des personnes handicapées", c.Competence.DEPARTMENT, DEPT,
     "mdph handicap aah carte mobilité inclusion", "Social",
     "Permanence à la Maison des solidarités, rue de Vermand", "Le jeudi, 9 h – 12 h",
     "mdph@aisne.example"),
    ("Routes départementales", c.Competence.DEPARTMENT, DEPT,
     "route départementale déneigement rond-point", "Voirie",
     "Agence routière, rue de Guise", CITY_HOURS, "routes@aisne.example"),
    ("Collèges", c.Competence.DEPARTMENT, DEPT,
     "collège transport scolaire restauration", "Jeunesse",
     "Rue de Vermand", CITY_HOURS, "colleges@aisne.example"),
    ("Région Hauts-de-France – lycées et TER", c.Competence.REGION, "Région Hauts-de-France",
     "lycée ter train carte génération", "Transports",
     "Antenne régionale, rue de Lyon", CITY_HOURS, "contact@hautsdefrance.example"),
    ("Caisse d'allocations familiales", c.Competence.OTHER, "CAF de l'Aisne",
     "allocations familiales apl prime d'activité", "Social",
     "Rue Pasteur", "Sur rendez-vous", "caf@caf.example"),
)

ASSOCIATIONS = _split(
    "Les Amis du Vermandois; Club de l'amitié de Neuville; Basket Club du Saint-Quentinois; "
    "Les Jardins partagés de Remicourt; Compagnie théâtrale La Passerelle; "
    "Parents d'élèves de l'école Jean Macé; Harmonie municipale; Vélo en ville 02; "
    "Comité des fêtes de Saint-Jean; Union des commerçants du centre-ville; "
    "Atelier couture solidaire; Les Marcheurs de la Somme; Ludothèque Le Dé Bleu; "
    "Association culturelle franco-marocaine; Secours solidaire du Faubourg; "
    "Échecs Club Saint-Quentin; Chorale À Cœur Joie; Les Petits Débrouillards de l'Aisne; "
    "Amicale des donneurs de sang; Boxe éducative Europe; Club photo Objectif 02; "
    "Repair Café Saint-Quentin; Les Restos du quartier; Tennis de table de Neuville",
    sep="; ",
)
ULG_ROLES: tuple[tuple[str, c.MembershipRole], ...] = (
    ("Élue, conseillère municipale déléguée à la participation", c.MembershipRole.ELECTED_OFFICIAL),
    ("Élu, conseiller municipal délégué", c.MembershipRole.ELECTED_OFFICIAL),
    ("Direction générale des services", c.MembershipRole.STAFF),
    ("Service Démocratie de proximité", c.MembershipRole.STAFF),
    ("Service Communication", c.MembershipRole.STAFF),
    ("Service Allô mairie", c.MembershipRole.STAFF),
    ("Centre social Europe", c.MembershipRole.MEMBER),
    ("Centre social de Neuville", c.MembershipRole.MEMBER),
    ("Union des commerçants du centre-ville", c.MembershipRole.MEMBER),
    ("Université – antenne de Saint-Quentin", c.MembershipRole.MEMBER),
    ("Conseil des associations", c.MembershipRole.MEMBER),
    ("Conseil des seniors", c.MembershipRole.MEMBER),
    ("Conseil municipal des jeunes", c.MembershipRole.MEMBER),
    ("Conseil de quartier Europe", c.MembershipRole.MEMBER),
    ("Conseil de quartier Centre-ville", c.MembershipRole.MEMBER),
    ("Habitante", c.MembershipRole.MEMBER),
    ("Habitant", c.MembershipRole.MEMBER),
    ("Entreprise du numérique", c.MembershipRole.MEMBER),
    ("Bailleur social", c.MembershipRole.MEMBER),
)
ELECTED_PORTFOLIOS = (
    "Adjointe au maire chargée de la démocratie de proximité",
    "Adjoint au maire chargé de la voirie et des travaux",
    "Adjointe au maire chargée de la jeunesse",
    "Adjoint au maire chargé de la tranquillité publique",
    "Conseillère municipale déléguée aux quartiers Nord",
    "Conseiller municipal délégué aux quartiers Sud",
)

CITY_TOPICS = (
    "Travaux de voirie : présentation du calendrier",
    "Budget de la ville : les investissements dans le quartier",
    "Propreté : bilan de l'opération « Quartier propre »",
    "Festival de la participation citoyenne : appel aux bénévoles",
    "Plan de circulation aux abords des écoles",
    "Éclairage public : passage aux LED",
    "Réaménagement du square : retour des ateliers",
    "Collecte des déchets : nouveaux jours de passage",
    "Tranquillité publique : point avec la police municipale",
    "Budget participatif des enfants : présentation des projets",
    "Plantation d'arbres à l'automne",
    "Sécurité routière : zones 30 et radars pédagogiques",
)
CITIZEN_TOPICS = (
    "Stationnement gênant devant les commerces",
    "Vitesse excessive dans la rue principale",
    "Dépôts sauvages près des conteneurs",
    "Organisation de la fête des voisins",
    "Demande d'un banc près de l'arrêt de bus",
    "Installation d'une boîte à livres",
    "Éclairage insuffisant dans l'allée piétonne",
    "Nuisances sonores le soir au parc",
    "Entretien des espaces verts de la résidence",
    "Accès des poussettes et fauteuils aux trottoirs",
)

#: Children's budget projects: (title, easy-read text, description, cost in cents, group).
#: The easy-read (FALC) texts keep to one idea per short sentence.
PROJECTS: tuple[tuple[str, str, str, int, str], ...] = (
    ("Une aire de jeux inclusive",
     "Nous voulons une aire de jeux pour tous les enfants. "
     "Les enfants en fauteuil roulant pourront jouer aussi. "
     "Il y aura une balançoire en forme de nid. "
     "Le sol sera doux pour ne pas se faire mal.",
     "Aménagement d'une aire de jeux accessible aux enfants en situation de handicap : "
     "balançoire nid, tourniquet au ras du sol, panneau sensoriel et sol amortissant.",
     450_000, "Centre social Europe – groupe des 9-11 ans"),
    ("Des boîtes à livres dans les quartiers",
     "Nous voulons des boîtes à livres. "
     "Chacun pourra prendre un livre. "
     "Chacun pourra donner un livre. "
     "Les boîtes seront près des écoles.",
     "Quatre boîtes à livres en bois, fabriquées par un chantier d'insertion, installées "
     "près de quatre écoles.",
     120_000, "Centre social du Faubourg d'Isle – atelier du mercredi"),
    ("Un jardin partagé à l'école",
     "Nous voulons un jardin à l'école. "
     "Les enfants planteront des légumes. "
     "Les enfants planteront des fleurs. "
     "Les familles pourront venir aider.",
     "Bacs de culture surélevés, récupérateur d'eau de pluie et outils adaptés aux enfants.",
     180_000, "École Jean Macé – classe de CM2"),
    ("Des nichoirs pour les oiseaux",
     "Nous voulons aider les oiseaux. "
     "Nous allons poser des nichoirs dans les parcs. "
     "Les oiseaux pourront faire leur nid. "
     "Un panneau expliquera quels oiseaux vivent ici.",
     "Vingt nichoirs et deux panneaux pédagogiques, posés avec une association de "
     "protection des oiseaux.",
     60_000, "Conseil municipal des jeunes – commission environnement"),
    ("Une fresque sur le mur du gymnase",
     "Nous voulons peindre le mur du gymnase. "
     "Les enfants feront les dessins. "
     "Un artiste nous aidera. "
     "Le quartier sera plus beau.",
     "Fresque participative de 40 m² encadrée par un artiste peintre, peinture anti-tags.",
     250_000, "Centre social de Neuville – accueil de loisirs 8-10 ans"),
    ("Des tables de pique-nique au parc",
     "Nous voulons des tables au parc. "
     "Les familles pourront manger dehors. "
     "Il y aura des bancs autour des tables. "
     "Une table sera accessible en fauteuil roulant.",
     "Six tables de pique-nique en bois, dont une accessible aux personnes à mobilité réduite.",
     300_000, "Centre social Europe – groupe des 9-11 ans"),
    ("Un terrain de basket rénové",
     "Le terrain de basket est abîmé. "
     "Nous voulons un sol tout neuf. "
     "Nous voulons de nouveaux paniers. "
     "Les filles et les garçons pourront jouer ensemble.",
     "Réfection du revêtement, deux paniers neufs et marquage au sol.",
     500_000, "Conseil municipal des jeunes – commission sport"),
    ("Des abris à vélos près des écoles",
     "Nous voulons venir à l'école à vélo. "
     "Il faut un endroit pour ranger les vélos. "
     "Les abris protégeront les vélos de la pluie.",
     "Trois abris couverts de dix places chacun devant trois écoles élémentaires.",
     350_000, "École Paul Bert – classe de CM1"),
    ("Un hôtel à insectes et une prairie fleurie",
     "Les abeilles sont importantes pour la nature. "
     "Nous voulons semer des fleurs. "
     "Nous voulons construire un hôtel à insectes. "
     "Les insectes auront une maison.",
     "Semis de prairie fleurie sur 500 m² et construction d'un hôtel à insectes avec les "
     "enfants.",
     90_000, "Centre social du Faubourg d'Isle – atelier du mercredi"),
    ("Des poubelles de tri rigolotes",
     "Nous voulons des poubelles de tri dans les parcs. "
     "Elles auront des couleurs et des dessins. "
     "Ce sera plus facile de trier. "
     "Les parcs seront plus propres.",
     "Huit poubelles de tri décorées par les enfants, installées dans deux parcs.",
     200_000, "Centre social de Neuville – accueil de loisirs 8-10 ans"),
    ("Une cabane à lire au parc",
     "Nous voulons une cabane au parc. "
     "Dans la cabane, il y aura des livres. "
     "On pourra lire à l'abri. "
     "La cabane sera ouverte à tout le monde.",
     "Cabane en bois de 6 m² avec étagères, coussins et livres pour enfants.",
     280_000, "École Jean Macé – classe de CM2"),
)

FOLLOW_UP_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Voirie": (
        "Nid-de-poule sur la chaussée devant le n° {n}, {street}",
        "Dalle de trottoir descellée au n° {n}, {street}",
        "Affaissement de la chaussée, {street}",
        "Plaque d'égout qui claque au passage des voitures, {street}",
    ),
    "Éclairage public": (
        "Lampadaire éteint depuis plusieurs jours, {street}",
        "Lampadaire qui clignote en face du n° {n}, {street}",
        "Rue entière dans le noir, {street}",
    ),
    "Propreté": (
        "Dépôt sauvage de sacs et d'un matelas, {street}",
        "Tag sur la façade de l'école, {street}",
        "Feuilles mortes qui bouchent le caniveau, {street}",
    ),
    "Déchets": (
        "Bac d'ordures ménagères non collecté, {street}",
        "Conteneur à verre plein et débordant, {street}",
        "Bac cassé à remplacer au n° {n}, {street}",
    ),
    "Tranquillité publique": (
        "Véhicule ventouse stationné depuis un mois, {street}",
        "Nuisances sonores le soir près de l'aire de jeux, {street}",
    ),
}
QUESTION_TEMPLATES = (
    "Question transmise au service : réponse attendue par écrit",
    "Demande de documents à compléter, rappel prévu",
    "Situation à vérifier avec le service compétent",
)
REJECT_REASONS = (
    "Hors compétence de la ville : transmis au gestionnaire de la route",
    "Terrain privé : le propriétaire a été informé",
    "Signalement en double",
)
#: Ticket categories: (code = Open311 service_code, name, delay in days, default service in
#: the directory, description, keywords). Named like the report themes, so that a visit's
#: theme finds its category.
TICKET_CATEGORIES: tuple[tuple[str, str, int, str | None, str, str], ...] = (
    ("voirie", "Voirie", 21, "Allô mairie",
     "Chaussée, trottoirs, plaques d'égout, signalisation", "nid-de-poule trottoir chaussée"),
    ("eclairage", "Éclairage public", 10, "Allô mairie",
     "Lampadaires éteints ou qui clignotent, rues sombres", "lampadaire éclairage panne"),
    ("proprete", "Propreté", 7, "Allô mairie",
     "Dépôts sauvages, tags, nettoyage des rues", "dépôt sauvage tag nettoyage"),
    ("dechets", "Déchets", 15, "Collecte des déchets et encombrants",
     "Collecte des ordures, bacs, conteneurs (Agglomération)", "poubelle bac collecte"),
    ("espaces-verts", "Espaces verts", 15, "Allô mairie",
     "Parcs, arbres, tontes, aires de jeux", "arbre parc tonte aire de jeux"),
    ("tranquillite", "Tranquillité publique", 15, "Police municipale",
     "Bruit, véhicules ventouses, stationnement gênant", "bruit véhicule stationnement"),
    ("autre", "Autre demande", 15, None,
     "Question à un service, à laquelle une réponse écrite est due", "question demande"),
)
TICKET_CONTACT_NAMES = (
    "M. Lefèvre", "Mme Carpentier", "M. Dubois", "Mme Nguyen", "M. Benali", "Mme Leroy",
    "Mme Petitjean", "M. Hamel",
)
VISIT_NOTES = (
    "Formulaire remis en main propre",
    "Rendez-vous pris pour la semaine prochaine",
    "Personne orientée avec le plan d'accès",
    "Demande urgente, service prévenu par téléphone",
    "Dossier incomplet, liste des pièces remise",
    "Information donnée sur les horaires d'ouverture",
)

# fmt: on

#: Each project's picture: a drawing in `resources/images/projects`, made for the demo.
PROJECT_PICTURES: dict[str, str] = {
    "Une aire de jeux inclusive": "playground.svg",
    "Des boîtes à livres dans les quartiers": "book-boxes.svg",
    "Un jardin partagé à l'école": "school-garden.svg",
    "Des nichoirs pour les oiseaux": "birdhouses.svg",
    "Une fresque sur le mur du gymnase": "mural.svg",
    "Des tables de pique-nique au parc": "picnic-tables.svg",
    "Un terrain de basket rénové": "basketball.svg",
    "Des abris à vélos près des écoles": "bike-shelter.svg",
    "Un hôtel à insectes et une prairie fleurie": "insect-hotel.svg",
    "Des poubelles de tri rigolotes": "sorting-bins.svg",
    "Une cabane à lire au parc": "reading-hut.svg",
}


# =========================================================================== helpers


class _Ids:
    """Deterministic version-4 UUIDs drawn from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def _project_picture(title: str) -> bytes:
    """The drawing of a demo project (bundled with the application)."""
    folder = resources.files("citizenspace.resources") / "images" / "projects"
    return (folder / PROJECT_PICTURES[title]).read_bytes()


def _rng(seed: int, stage: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`: stable across runs and platforms,
    # independent of PYTHONHASHSEED.
    return random.Random(f"citizenspace-demo:{seed}:{stage}")


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, cc = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = cc // 4, cc % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _public_holidays(year: int) -> set[date]:
    """French public holidays, when the town hall and its desks are closed."""
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    days = {date(year, m, d) for m, d in fixed}
    days |= {easter + timedelta(days=n) for n in (1, 39, 50)}
    return days


def _weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def _at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute))


def _in_window(month: int, day: int, start: date, end: date) -> date | None:
    """The date with this month and day that falls in [start, end], if any."""
    for year in (start.year, start.year + 1, end.year):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if start <= d <= end:
            return d
    return None


def _weighted_index(rng: random.Random, cum: Sequence[float]) -> int:
    return rng.choices(range(len(cum)), cum_weights=cum)[0]


def _cum(weights: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


# =========================================================================== the generator


class _City:
    """Builds the rows of every table in memory, stage by stage, then writes them."""

    def __init__(self, seed: int, scale: float, today: date) -> None:
        self.seed = seed
        self.scale = scale
        self.today = today
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        #: Keys of the batches this demo machine made, to print them again (kept locally).
        self.reprint_keys: dict[str, str] = {}
        # Filled by the stages, read by later ones.
        self.site_ids: dict[str, str] = {}
        self.device_ids: dict[str, str] = {}
        self.districts: list[dict[str, Any]] = []
        self.streets: dict[str, tuple[str, ...]] = {}
        self.people: list[dict[str, Any]] = []
        self.bodies: dict[str, dict[str, Any]] = {}
        self.members: dict[str, list[dict[str, Any]]] = {}
        self.theme_ids: dict[str, str] = {}
        self.sub_themes: dict[str, list[str]] = {}
        self.theme_parent_of: dict[str, str] = {}
        self.directory_by_theme: dict[str, list[str]] = {}
        self.staff: dict[str, list[str]] = {}
        #: Pictures by content hash, for the blob store beside the database.
        self.pictures: dict[str, bytes] = {}

    def n(self, at_scale_1: int, minimum: int = 0) -> int:
        return max(minimum, round(at_scale_1 * self.scale))

    def add(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        self.rows.setdefault(model, []).extend(rows)

    # ------------------------------------------------------------------ places and setup

    def places(self) -> None:
        rng = _rng(self.seed, "places")
        new_id = _Ids(rng)
        self.add(
            Setting,
            [{"id": id_for_key("setting", "city_name"), "key": "city_name", "value": CITY_NAME}],
        )
        sites = []
        for key, name, kind, address in SITES:
            self.site_ids[key] = new_id()
            sites.append({"id": self.site_ids[key], "name": name, "kind": kind, "address": address})
        self.add(Site, sites)
        devices = []
        for key, name, device_kind, site in DEVICES:
            self.device_ids[key] = new_id()
            devices.append(
                {
                    "id": self.device_ids[key],
                    "name": name,
                    "kind": device_kind,
                    "site_id": self.site_ids[site],
                }
            )
        self.add(Device, devices)
        for name, code, streets in DISTRICTS:
            row = {"id": new_id(), "name": name, "code": code}
            self.districts.append(row)
            self.streets[row["id"]] = streets
        self.add(District, self.districts)

    def themes_and_directory(self) -> None:
        rng = _rng(self.seed, "themes")
        new_id = _Ids(rng)
        rows = []
        for name, keywords, subs in THEMES:
            pid = new_id()
            self.theme_ids[name] = pid
            self.sub_themes[pid] = []
            rows.append(
                {"id": pid, "parent_id": None, "name": name, "keywords": keywords, "active": True}
            )
            for sub, sub_keywords in subs:
                sid = new_id()
                self.sub_themes[pid].append(sid)
                self.theme_parent_of[sid] = pid
                rows.append(
                    {
                        "id": sid,
                        "parent_id": pid,
                        "name": sub,
                        "keywords": sub_keywords,
                        "active": True,
                    }
                )
        self.add(Theme, rows)
        entries = []
        for name, competence, body, keywords, theme, address, hours, email in DIRECTORY:
            eid = new_id()
            theme_id = self.theme_ids[theme]
            self.directory_by_theme.setdefault(theme_id, []).append(eid)
            phone = "03 23 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(3))
            address = f"{address}, {POSTCODE} Saint-Quentin"
            entries.append(
                {
                    "id": eid,
                    "name": name,
                    "competence": competence,
                    "body_name": body,
                    "keywords": keywords,
                    "phone": phone,
                    "email": email,
                    "address": address,
                    "hours": hours,
                    "theme_id": theme_id,
                }
            )
        self.add(DirectoryEntry, entries)

    def staff_accounts(self) -> None:
        rng = _rng(self.seed, "staff")
        new_id = _Ids(rng)
        plan = [(c.StaffRole.COORDINATOR, "citizen_space")] * 5 + [
            (c.StaffRole.RECEPTION, s)
            for s in ("citizen_space", "citizen_space", "town_hall", "bus")
        ]
        rows, logins = [], set()
        for role, site in plan:
            first, last = self._name(rng, rng.random() < 0.6, 1985)
            login = search_key(f"{first[0]}.{last}").replace(" ", "-").replace("'", "")
            while login in logins:
                login += "2"
            logins.add(login)
            sid = new_id()
            self.staff.setdefault(role.value, []).append(sid)
            if role is c.StaffRole.RECEPTION:
                self.staff.setdefault(site, []).append(sid)
            rows.append(
                {
                    "id": sid,
                    "login": login,
                    "display_name": f"{first} {last}",
                    "role": role,
                    "pin_hash": "",
                    "active": True,
                    "site_id": self.site_ids[site],
                }
            )
        rows.append(
            {
                "id": new_id(),
                "login": "admin",
                "display_name": "Administrateur",
                "role": c.StaffRole.ADMIN,
                "pin_hash": "",
                "active": True,
                "site_id": self.site_ids["town_hall"],
            }
        )
        self.add(StaffAccount, rows)

    # ------------------------------------------------------------------ people

    @staticmethod
    def _name(rng: random.Random, female: bool, birth_year: int) -> tuple[str, str]:
        if birth_year < 1962:
            pool = FEMALE_OLD if female else MALE_OLD
        elif birth_year < 1995:
            pool = FEMALE_MID if female else MALE_MID
        else:
            pool = FEMALE_YOUNG if female else MALE_YOUNG
        return rng.choice(pool), rng.choice(LAST_NAMES)

    def _person(
        self,
        rng: random.Random,
        new_id: _Ids,
        *,
        birth_year: int,
        district: dict[str, Any] | None,
        created_on: date,
        consent_rate: float,
        notes: str = "",
    ) -> dict[str, Any]:
        female = rng.random() < 0.54
        # A title says who holds it ("Adjointe", "Élu"): the first name must agree.
        if notes.startswith(("Adjointe", "Conseillère", "Élue", "Habitante")):
            female = True
        elif notes.startswith(("Adjoint ", "Conseiller ", "Élu,", "Habitant")):
            female = False
        first, last = self._name(rng, female, birth_year)
        if district is None:
            district = self.districts[rng.randrange(len(self.districts))]
        street = rng.choice(self.streets[district["id"]])
        consent = rng.random() < consent_rate and self.today.year - birth_year >= 15
        email = phone = ""
        if consent:
            if rng.random() < 0.8:
                local = search_key(f"{first}.{last}").replace(" ", "").replace("'", "")
                if rng.random() < 0.4:
                    local += str(rng.randrange(1, 99))
                email = f"{local}@{rng.choice(('example.org', 'example.net', 'example.com'))}"
            if rng.random() < 0.65 or not email:
                # Ranges reserved by the French regulator for fiction: never a real subscriber.
                prefix = "06 39 98" if rng.random() < 0.75 else "03 53 01"
                phone = f"{prefix} {rng.randrange(100):02d} {rng.randrange(100):02d}"
        person = {
            "id": new_id(),
            "first_name": first,
            "last_name": last,
            "search_key": search_key(f"{last} {first}"),
            "email": email,
            "phone": phone,
            "birth_year": birth_year,
            "address": f"{rng.randint(1, 140)} {street}",
            "postcode": POSTCODE,
            "district_id": district["id"],
            "consent_contact": consent,
            "consent_contact_on": created_on if consent else None,
            "consent_photo": consent and rng.random() < 0.5,
            "notes": notes,
            "created_on": created_on,
        }
        self.people.append(person)
        return person

    # ------------------------------------------------------------------ councils

    def councils(self) -> None:
        rng = _rng(self.seed, "councils")
        new_id = _Ids(rng)
        year = self.today.year
        bodies, candidacies, memberships, draws = [], [], [], []

        def body(
            key: str,
            name: str,
            kind: c.BodyKind,
            seats: int,
            term: int,
            min_age: int | None = None,
            max_age: int | None = None,
            district_id: str | None = None,
            description: str = "",
        ) -> dict[str, Any]:
            row = {
                "id": new_id(),
                "name": name,
                "kind": kind,
                "district_id": district_id,
                "seats": seats,
                "term_years": term,
                "min_age": min_age,
                "max_age": max_age,
                "description": description,
            }
            self.bodies[key] = row
            self.members[key] = []
            bodies.append(row)
            return row

        def run_draw(key: str, pool: list[dict[str, Any]], drawn_at: datetime, term: int) -> None:
            """Candidacies (drawn, reserve with ranks, pending after the draw), the members
            and the draw record, as a coordinator would have made them with the application."""
            b = self.bodies[key]
            drawn_on = drawn_at.date()
            late = max(1, round(len(pool) * rng.uniform(0.05, 0.1)))
            in_draw, after = pool[: len(pool) - late], pool[len(pool) - late :]
            order = in_draw[:]
            rng.shuffle(order)
            drawn, reserve = order[: b["seats"]], order[b["seats"] :]
            starts = drawn_on + timedelta(days=14)
            ends = date(starts.year + term, starts.month, min(starts.day, 28))
            for rank, p in enumerate(order):
                is_drawn = rank < b["seats"]
                submitted = drawn_on - timedelta(days=rng.randint(10, 90))
                p["created_on"] = min(p["created_on"], submitted)
                if p["consent_contact"]:
                    p["consent_contact_on"] = p["created_on"]
                candidacies.append(
                    {
                        "id": new_id(),
                        "body_id": b["id"],
                        "person_id": p["id"],
                        "submitted_on": submitted,
                        "status": c.CandidacyStatus.DRAWN
                        if is_drawn
                        else c.CandidacyStatus.RESERVE,
                        "reserve_rank": None if is_drawn else rank - b["seats"] + 1,
                        "keep_informed": rng.random() < 0.85,
                    }
                )
            for p in after:
                submitted = min(self.today, drawn_on + timedelta(days=rng.randint(20, 300)))
                p["created_on"] = submitted
                if p["consent_contact"]:
                    p["consent_contact_on"] = submitted
                candidacies.append(
                    {
                        "id": new_id(),
                        "body_id": b["id"],
                        "person_id": p["id"],
                        "submitted_on": submitted,
                        "status": c.CandidacyStatus.PENDING,
                        "reserve_rank": None,
                        "keep_informed": True,
                    }
                )
            for i, p in enumerate(drawn):
                role = (
                    c.MembershipRole.CHAIR
                    if i == 0 and key.startswith("nc")
                    else (c.MembershipRole.MEMBER)
                )
                m = {
                    "id": new_id(),
                    "body_id": b["id"],
                    "person_id": p["id"],
                    "role": role,
                    "source": c.MembershipSource.DRAW,
                    "starts_on": starts,
                    "ends_on": ends,
                }
                memberships.append(m)
                self.members[key].append(m)
            public_seed = " ".join(f"{rng.randrange(1000):03d}" for _ in range(4))
            draws.append(
                {
                    "id": new_id(),
                    "body_id": b["id"],
                    "drawn_at": drawn_at,
                    "method": "seeded_shuffle",
                    "seats": b["seats"],
                    "seed": public_seed,
                    "parameters": json.dumps(
                        {
                            "candidates": len(in_draw),
                            "seats": b["seats"],
                            "min_age": b["min_age"],
                            "max_age": b["max_age"],
                            "candidate_ids": sorted(p["id"] for p in in_draw),
                        },
                        sort_keys=True,
                    ),
                    "result": json.dumps(
                        {
                            "drawn": [p["id"] for p in drawn],
                            "reserve": [p["id"] for p in reserve],
                        },
                        sort_keys=True,
                    ),
                    "performed_by": "Service Démocratie de proximité",
                }
            )

        def adult_year(retired_share: float) -> int:
            if rng.random() < retired_share:
                return year - rng.randint(63, 88)
            return year - rng.randint(22, 62)

        # Neighbourhood councils: 35 seats each, candidates from the district, mostly retired.
        nc_drawn_on = _weekday_on_or_after(self.today - timedelta(days=420), 5)
        n_nc = self.n(NEIGHBOURHOOD_CANDIDATES_AT_SCALE_1, minimum=4 * len(self.districts))
        weights = _cum(DISTRICT_WEIGHTS)
        per_district = [2] * len(self.districts)
        for _ in range(n_nc - sum(per_district)):
            per_district[_weighted_index(rng, weights)] += 1
        for i, d in enumerate(self.districts):
            key = f"nc{i}"
            body(
                key,
                f"Conseil de quartier {d['name']}",
                c.BodyKind.NEIGHBOURHOOD_COUNCIL,
                35,
                3,
                min_age=16,
                district_id=d["id"],
                description="Instance consultative du quartier : 35 habitants tirés au sort, "
                "réunis au moins une fois par trimestre avec un élu.",
            )
            pool = [
                self._person(
                    rng,
                    new_id,
                    birth_year=adult_year(0.62),
                    district=d,
                    created_on=nc_drawn_on,
                    consent_rate=0.9,
                )
                for _ in range(per_district[i])
            ]
            run_draw(key, pool, _at(nc_drawn_on, 10), 3)

        # Youth Council: 45 seats, 11-20 years old, 2-year term.
        youth_drawn_on = _weekday_on_or_after(self.today - timedelta(days=330), 2)
        body(
            "youth",
            "Conseil municipal des jeunes",
            c.BodyKind.YOUTH_COUNCIL,
            45,
            2,
            min_age=11,
            max_age=20,
            description="45 jeunes de 11 à 20 ans qui habitent ou étudient dans la ville, "
            "tirés au sort. Réunion mensuelle le mercredi.",
        )
        pool = [
            self._person(
                rng,
                new_id,
                birth_year=year - rng.randint(12, 19),
                district=None,
                created_on=youth_drawn_on,
                consent_rate=0.7,
            )
            for _ in range(self.n(YOUTH_CANDIDATES_AT_SCALE_1, minimum=6))
        ]
        run_draw("youth", pool, _at(youth_drawn_on, 14, 30), 2)

        senior_drawn_on = _weekday_on_or_after(self.today - timedelta(days=500), 1)
        body(
            "senior",
            "Conseil des seniors",
            c.BodyKind.SENIOR_COUNCIL,
            30,
            3,
            min_age=60,
            description="Des habitants de plus de 60 ans, tirés au sort, pour une ville "
            "amie des aînés.",
        )
        pool = [
            self._person(
                rng,
                new_id,
                birth_year=year - rng.randint(61, 89),
                district=None,
                created_on=senior_drawn_on,
                consent_rate=0.85,
            )
            for _ in range(self.n(SENIOR_CANDIDATES_AT_SCALE_1, minimum=4))
        ]
        run_draw("senior", pool, _at(senior_drawn_on, 10), 3)

        assoc_drawn_on = _weekday_on_or_after(self.today - timedelta(days=460), 3)
        body(
            "assoc",
            "Conseil des associations",
            c.BodyKind.ASSOCIATIONS_COUNCIL,
            25,
            3,
            description="25 représentants d'associations tirés au sort, mandat de 3 ans : "
            "le lien entre le monde associatif et la ville.",
        )
        pool = [
            self._person(
                rng,
                new_id,
                birth_year=adult_year(0.35),
                district=None,
                created_on=assoc_drawn_on,
                consent_rate=0.95,
                notes=f"Représente l'association « {rng.choice(ASSOCIATIONS)} »",
            )
            for _ in range(self.n(ASSOCIATION_CANDIDATES_AT_SCALE_1, minimum=4))
        ]
        run_draw("assoc", pool, _at(assoc_drawn_on, 18), 3)

        # Elected officials: one sits in each neighbourhood council (appointed, not drawn).
        officials = [
            self._person(
                rng,
                new_id,
                birth_year=year - rng.randint(38, 66),
                district=None,
                created_on=nc_drawn_on,
                consent_rate=1.0,
                notes=portfolio,
            )
            for portfolio in ELECTED_PORTFOLIOS
        ]
        nc_start = nc_drawn_on + timedelta(days=14)
        for i in range(len(self.districts)):
            m = {
                "id": new_id(),
                "body_id": self.bodies[f"nc{i}"]["id"],
                "person_id": officials[i % len(officials)]["id"],
                "role": c.MembershipRole.ELECTED_OFFICIAL,
                "source": c.MembershipSource.APPOINTED,
                "starts_on": nc_start,
                "ends_on": None,
            }
            memberships.append(m)
            self.members[f"nc{i}"].append(m)

        # The URBACT local group: 19 appointed stakeholders, no draw.
        ulg_start = _weekday_on_or_after(self.today - timedelta(days=600), 0)
        body(
            "ulg",
            "Groupe local URBACT (ULG)",
            c.BodyKind.LOCAL_GROUP,
            19,
            3,
            description="Élus, agents, associations, commerçants, universitaires et habitants "
            "qui co-construisent le plan d'action de la ville.",
        )
        for affiliation, role in ULG_ROLES:
            p = self._person(
                rng,
                new_id,
                birth_year=adult_year(0.3),
                district=None,
                created_on=ulg_start,
                consent_rate=1.0,
                notes=affiliation,
            )
            m = {
                "id": new_id(),
                "body_id": self.bodies["ulg"]["id"],
                "person_id": p["id"],
                "role": role,
                "source": c.MembershipSource.APPOINTED,
                "starts_on": ulg_start,
                "ends_on": None,
            }
            memberships.append(m)
            self.members["ulg"].append(m)

        # Everyone else the office knows: volunteers, festival-goers, people who asked to be
        # kept informed.
        for _ in range(max(0, self.n(PEOPLE_AT_SCALE_1) - len(self.people))):
            age = rng.choices(
                (rng.randint(18, 29), rng.randint(30, 59), rng.randint(60, 92)), weights=(2, 5, 4)
            )[0]
            created = self.today - timedelta(days=rng.randint(1, 3 * 365))
            self._person(
                rng,
                new_id,
                birth_year=year - age,
                district=None,
                created_on=created,
                consent_rate=0.4,
            )

        self.add(Body, bodies)
        self.add(Person, self.people)
        self.add(Candidacy, candidacies)
        self.add(Membership, memberships)
        self.add(Draw, draws)

    # ------------------------------------------------------------------ events

    def events(self) -> None:
        rng = _rng(self.seed, "events")
        new_id = _Ids(rng)
        start = self.today - timedelta(days=273)
        end = self.today + timedelta(days=92)
        holidays = _public_holidays(start.year) | _public_holidays(end.year)
        events: list[dict[str, Any]] = []
        agenda: list[dict[str, Any]] = []
        marks: list[dict[str, Any]] = []
        by_district = {
            d["id"]: [
                p
                for p in self.people
                if p["district_id"] == d["id"] and self.today.year - p["birth_year"] >= 18
            ]
            for d in self.districts
        }
        # Some members come to almost every meeting, most rarely do: "10-15 of 35 are active".
        assiduity: dict[str, float] = {}

        def open_day(d: date) -> date:
            while d.weekday() >= 5 or d in holidays:
                d += timedelta(days=1)
            return d

        def event(
            title: str,
            kind: c.EventKind,
            starts: datetime,
            hours: float,
            *,
            body_key: str | None = None,
            site: str | None = None,
            place: str = "",
            description: str = "",
        ) -> dict[str, Any]:
            past = starts.date() < self.today
            status = c.EventStatus.PLANNED
            if past:
                status = c.EventStatus.CANCELLED if rng.random() < 0.04 else c.EventStatus.HELD
            row = {
                "id": new_id(),
                "title": title,
                "kind": kind,
                "status": status,
                "body_id": self.bodies[body_key]["id"] if body_key else None,
                "site_id": self.site_ids[site] if site else None,
                "place": place,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=hours),
                "description": description,
            }
            events.append(row)
            return row

        def items(ev: dict[str, Any], city: Sequence[str], citizens: Sequence[str] = ()) -> None:
            held = ev["status"] is c.EventStatus.HELD
            for pos, (title, source) in enumerate(
                [(t, c.AgendaSource.CITY) for t in city]
                + [(t, c.AgendaSource.CITIZENS) for t in citizens],
                start=1,
            ):
                agenda.append(
                    {
                        "id": new_id(),
                        "event_id": ev["id"],
                        "position": pos,
                        "title": title,
                        "source": source,
                        "notes": "Point traité en séance." if held else "",
                    }
                )

        def sheet(ev: dict[str, Any], body_key: str) -> None:
            """The sign-in sheet of a council meeting: every sitting member gets a mark."""
            if ev["status"] is not c.EventStatus.HELD:
                return
            day = ev["starts_at"].date()
            for m in self.members[body_key]:
                if m["starts_on"] > day or (m["ends_on"] and m["ends_on"] < day):
                    continue
                if m["role"] is c.MembershipRole.ELECTED_OFFICIAL:
                    p_present = 0.9
                else:
                    p_present = assiduity.setdefault(
                        m["id"], 0.8 if rng.random() < 0.28 else rng.uniform(0.05, 0.2)
                    )
                r = rng.random()
                if r < p_present:
                    status = c.AttendanceStatus.PRESENT
                elif r < p_present + (1 - p_present) * 0.3:
                    status = c.AttendanceStatus.EXCUSED
                else:
                    status = c.AttendanceStatus.ABSENT
                marks.append(
                    {
                        "id": new_id(),
                        "event_id": ev["id"],
                        "person_id": m["person_id"],
                        "guest_name": "",
                        "status": status,
                        "recorded_on": day,
                    }
                )

        def open_sheet(
            ev: dict[str, Any], pool: list[dict[str, Any]], low: int, high: int, guests: int = 0
        ) -> None:
            """Sign-in sheet of an open event: people the office knows, and a few guests."""
            if ev["status"] is not c.EventStatus.HELD:
                return
            day = ev["starts_at"].date()
            known = [p for p in pool if p["created_on"] <= day]
            for p in rng.sample(known, min(len(known), rng.randint(low, high))):
                marks.append(
                    {
                        "id": new_id(),
                        "event_id": ev["id"],
                        "person_id": p["id"],
                        "guest_name": "",
                        "status": c.AttendanceStatus.PRESENT,
                        "recorded_on": day,
                    }
                )
            for _ in range(guests):
                first, last = self._name(rng, rng.random() < 0.5, 1980)
                marks.append(
                    {
                        "id": new_id(),
                        "event_id": ev["id"],
                        "person_id": None,
                        "guest_name": f"{first} {last}",
                        "status": c.AttendanceStatus.PRESENT,
                        "recorded_on": day,
                    }
                )

        social_centre = {
            "Europe": "cs_europe",
            "Faubourg d'Isle": "cs_isle",
            "Neuville": "cs_neuville",
            "Centre-ville": "town_hall",
        }

        # Neighbourhood councils: at least one official meeting a quarter, on a weekday evening.
        for i, d in enumerate(self.districts):
            key = f"nc{i}"
            site = social_centre.get(d["name"])
            place = "" if site else f"Salle polyvalente, {self.streets[d['id']][0]}"
            day = open_day(_weekday_on_or_after(start + timedelta(days=i * 9), 1 + i % 3))
            while day <= end:
                ev = event(
                    f"Conseil de quartier {d['name']} – réunion trimestrielle",
                    c.EventKind.COUNCIL_MEETING,
                    _at(day, 18, 30),
                    2,
                    body_key=key,
                    site=site,
                    place=place,
                    description="Réunion officielle avec l'élu référent et les services.",
                )
                items(
                    ev,
                    rng.sample(CITY_TOPICS, rng.randint(2, 4)),
                    rng.sample(CITIZEN_TOPICS, rng.randint(1, 3)),
                )
                sheet(ev, key)
                day = open_day(day + timedelta(days=rng.randint(84, 98)))

        # Youth Council: monthly, on a Wednesday afternoon, not in July and August.
        month = date(start.year, start.month, 1)
        while month <= end:
            if month.month not in (7, 8):
                day = open_day(_weekday_on_or_after(month + timedelta(days=7), 2))
                if start <= day <= end:
                    ev = event(
                        "Conseil municipal des jeunes – séance mensuelle",
                        c.EventKind.COUNCIL_MEETING,
                        _at(day, 14),
                        2.5,
                        body_key="youth",
                        site="town_hall",
                        place="Salle du conseil municipal",
                    )
                    items(
                        ev, rng.sample(CITY_TOPICS, 2), ["Avancement des projets des commissions"]
                    )
                    sheet(ev, "youth")
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)

        for key, title, weekday, hour, every in (
            ("senior", "Conseil des seniors – séance plénière", 1, 14, 91),
            ("assoc", "Conseil des associations – assemblée", 3, 18, 122),
            ("ulg", "Groupe local URBACT – séance de travail", 0, 17, 122),
        ):
            day = open_day(
                _weekday_on_or_after(start + timedelta(days=rng.randint(5, 40)), weekday)
            )
            while day <= end:
                ev = event(
                    title,
                    c.EventKind.COUNCIL_MEETING,
                    _at(day, hour),
                    2,
                    body_key=key,
                    site="citizen_space",
                )
                items(ev, rng.sample(CITY_TOPICS, 2), rng.sample(CITIZEN_TOPICS, 1))
                sheet(ev, key)
                day = open_day(day + timedelta(days=every + rng.randint(-7, 7)))

        adults = [p for p in self.people if self.today.year - p["birth_year"] >= 18]

        # The festival of citizen participation, in September.
        festival = _in_window(9, 20, start, end)
        if festival:
            festival = _weekday_on_or_after(festival, 5)
            ev = event(
                "Festival de la participation citoyenne",
                c.EventKind.FESTIVAL,
                _at(festival, 10),
                8,
                site="town_hall",
                place="Parvis de l'Hôtel de ville",
                description="La journée annuelle où habitants, services et élus "
                "partagent les projets participatifs.",
            )
            items(
                ev,
                (
                    "Village des conseils de quartier",
                    "Stand du budget participatif des enfants",
                    "Quiz de la citoyenneté",
                    "Débat public de clôture",
                ),
            )
            open_sheet(ev, adults, 30, 60, guests=8)

        # Seminars for civil servants, in May and November.
        for month_, theme in (
            (5, "La participation citoyenne dans nos projets"),
            (11, "Bien accueillir : la charte qualité de l'accueil"),
        ):
            seminar_day = _in_window(month_, 15, start, end)
            if seminar_day:
                ev = event(
                    f"Séminaire des agents – {theme}",
                    c.EventKind.SEMINAR,
                    _at(open_day(seminar_day), 9),
                    7,
                    site="town_hall",
                    place="Salle des mariages",
                )
                items(
                    ev,
                    (
                        "Ouverture par la direction générale",
                        "Ateliers en petits groupes",
                        "Restitution et engagements",
                    ),
                )
                open_sheet(ev, [], 0, 0, guests=rng.randint(22, 35))

        # Elected officials in the neighbourhoods: one Saturday morning per district.
        for i, d in enumerate(self.districts):
            day = _weekday_on_or_after(start + timedelta(days=20 + i * 40), 5)
            if day == festival:
                day += timedelta(days=7)
            if day > end:
                continue
            ev = event(
                f"Les élus dans votre quartier – {d['name']}",
                c.EventKind.ELECTED_VISIT,
                _at(day, 10),
                2,
                place=f"Départ : {self.streets[d['id']][-1]}",
                description="Balade dans le quartier avec le maire et les élus.",
            )
            items(ev, ("Parcours dans le quartier", "Échanges avec les habitants"))
            open_sheet(ev, by_district[d["id"]], 8, 20)

        # Open house of the municipal services, in October.
        open_house = _in_window(10, 10, start, end)
        if open_house:
            ev = event(
                "Journée portes ouvertes des services municipaux",
                c.EventKind.OPEN_HOUSE,
                _at(_weekday_on_or_after(open_house, 5), 9),
                8,
                site="town_hall",
                description="Les services présentent leur travail : Allô mairie, "
                "état civil, Espace Citoyens…",
            )
            items(ev, ("Visites guidées des services", "Les coulisses d'Allô mairie"))

        # Co-designing a square with the inhabitants: three workshops, three weeks apart.
        d = self.districts[4]
        day = _weekday_on_or_after(self.today - timedelta(days=40), 3)
        for k in range(3):
            ev = event(
                f"Atelier de co-conception du square des Tilleuls ({k + 1}/3)",
                c.EventKind.WORKSHOP,
                _at(day, 18),
                2,
                site="cs_neuville",
                description="Habitants, associations et commerçants dessinent ensemble "
                "le futur square.",
            )
            items(
                ev,
                (
                    (
                        "Retour sur le questionnaire aux habitants",
                        "Travail en groupes sur plans",
                        "Restitution",
                    )[k],
                    "Prochaines étapes",
                ),
            )
            open_sheet(ev, by_district[d["id"]], 12, 25, guests=rng.randint(2, 5))
            day = open_day(day + timedelta(days=21))

        self.add(Event, events)
        self.add(AgendaItem, agenda)
        self.add(Attendance, marks)

    # ------------------------------------------------------------------ reception

    def visits(self) -> None:
        rng = _rng(self.seed, "visits")
        new_id = _Ids(rng)
        first = self.today - timedelta(days=365)
        holidays = _public_holidays(first.year) | _public_holidays(self.today.year)
        days = [first + timedelta(days=k) for k in range(365)]
        open_days = [d for d in days if d.weekday() < 5 and d not in holidays]
        weekday_weight = (1.25, 1.0, 0.9, 1.0, 0.85)
        month_weight = {7: 0.8, 8: 0.55, 12: 0.85}
        day_cum = _cum(
            weekday_weight[d.weekday()] * month_weight.get(d.month, 1.0) for d in open_days
        )
        bus_days = [d for d in open_days if d.weekday() in (1, 3)]
        bus_district = {
            d: self.districts[k % len(self.districts)]["id"] for k, d in enumerate(bus_days)
        }
        bus_cum = _cum(1.0 for _ in bus_days)

        channels = (
            c.Channel.DESK,
            c.Channel.PHONE,
            c.Channel.EMAIL,
            c.Channel.LETTER,
            c.Channel.BUS,
            c.Channel.ALLO_MAIRIE,
        )
        channel_cum = _cum((46, 25, 11, 4, 7, 6))
        outcomes: dict[c.Channel, tuple[tuple[c.VisitOutcome, ...], list[float]]] = {}
        o = c.VisitOutcome
        for ch, pairs in (
            (
                c.Channel.DESK,
                ((o.ANSWERED, 64), (o.REDIRECTED, 22), (o.APPOINTMENT, 12), (o.FOLLOW_UP, 2)),
            ),
            (
                c.Channel.PHONE,
                (
                    (o.ANSWERED, 58),
                    (o.REDIRECTED, 20),
                    (o.APPOINTMENT, 8),
                    (o.FOLLOW_UP, 2),
                    (o.MISSED, 12),
                ),
            ),
            (c.Channel.EMAIL, ((o.ANSWERED, 74), (o.REDIRECTED, 23), (o.FOLLOW_UP, 3))),
            (c.Channel.LETTER, ((o.ANSWERED, 65), (o.REDIRECTED, 30), (o.FOLLOW_UP, 5))),
            (
                c.Channel.BUS,
                ((o.ANSWERED, 65), (o.REDIRECTED, 21), (o.APPOINTMENT, 12), (o.FOLLOW_UP, 2)),
            ),
            (
                c.Channel.ALLO_MAIRIE,
                ((o.FOLLOW_UP, 50), (o.ANSWERED, 35), (o.REDIRECTED, 10), (o.MISSED, 5)),
            ),
        ):
            outcomes[ch] = (tuple(p[0] for p in pairs), _cum(p[1] for p in pairs))
        parents = [self.theme_ids[name] for name, _, _ in THEMES]
        parent_cum = _cum((14, 5, 5, 8, 5, 3, 6, 8, 12, 7, 4, 3, 4, 6, 4))
        report_parents = [
            self.theme_ids[n]
            for n in ("Voirie", "Éclairage public", "Propreté", "Déchets", "Tranquillité publique")
        ]
        report_cum = _cum((40, 20, 22, 13, 5))
        bands = tuple(c.AgeBand)
        band_cum = _cum((3, 14, 22, 22, 24, 15))
        desk_sites = ("citizen_space", "town_hall", "cs_europe", "cs_isle", "cs_neuville")
        desk_cum = _cum((50, 33, 6, 6, 5))
        consenting = [p["id"] for p in self.people if p["consent_contact"]]
        reception = self.staff["reception"]
        coordinators = self.staff["coordinator"]
        districts = [d["id"] for d in self.districts]

        def clock(d: date, morning: tuple[int, int], afternoon: tuple[int, int]) -> datetime:
            """A minute in opening hours, busier in the morning."""
            lo, hi = morning if rng.random() < 0.58 else afternoon
            return _at(d, 0) + timedelta(minutes=rng.randint(lo, hi - 1))

        rows: list[dict[str, Any]] = []
        tickets: list[dict[str, Any]] = []
        self._ticket_categories()
        self.ticket_events: list[dict[str, Any]] = []
        for _ in range(self.n(VISITS_AT_SCALE_1)):
            ch = channels[_weighted_index(rng, channel_cum)]
            if ch is c.Channel.BUS and bus_days:
                day = bus_days[_weighted_index(rng, bus_cum)]
                arrived = clock(day, (9 * 60, 12 * 60), (14 * 60, 16 * 60 + 30))
                site = "bus"
            else:
                if ch is c.Channel.BUS:
                    ch = c.Channel.DESK
                day = open_days[_weighted_index(rng, day_cum)]
                if ch is c.Channel.LETTER:
                    arrived = _at(day, 9) + timedelta(minutes=rng.randint(0, 59))
                elif ch is c.Channel.EMAIL:
                    arrived = clock(day, (7 * 60, 12 * 60), (12 * 60, 20 * 60))
                else:
                    arrived = clock(day, (8 * 60 + 30, 12 * 60), (13 * 60 + 30, 17 * 60 + 30))
                if ch is c.Channel.DESK:
                    site = desk_sites[_weighted_index(rng, desk_cum)]
                elif ch is c.Channel.ALLO_MAIRIE:
                    site = "town_hall"
                else:
                    site = "citizen_space"
            kinds, cum = outcomes[ch]
            outcome = kinds[_weighted_index(rng, cum)]
            missed = outcome is c.VisitOutcome.MISSED
            # Waiting: mostly short, sometimes long at the desks (0-40 minutes).
            if ch in (c.Channel.DESK, c.Channel.BUS):
                rush = 1.6 if arrived.hour < 10 or arrived.weekday() == 0 else 1.0
                wait = min(40, int(rng.expovariate(1 / (6 * rush))))
                service = rng.triangular(2, 20, 6)
            elif ch in (c.Channel.PHONE, c.Channel.ALLO_MAIRIE):
                wait = min(8, int(rng.expovariate(1 / 1.2)))
                service = rng.triangular(1, 12, 3)
            else:
                wait = rng.randint(20, 360)
                service = rng.triangular(3, 20, 8)
            started = None if missed else arrived + timedelta(minutes=wait)
            ended = None if started is None else started + timedelta(minutes=round(service, 1))
            theme_id = None
            entry_id = None
            if not missed:
                if ch is c.Channel.ALLO_MAIRIE:
                    parent = report_parents[_weighted_index(rng, report_cum)]
                else:
                    parent = parents[_weighted_index(rng, parent_cum)]
                theme_id = parent if rng.random() < 0.1 else rng.choice(self.sub_themes[parent])
                if outcome in (c.VisitOutcome.REDIRECTED, c.VisitOutcome.FOLLOW_UP):
                    entries = self.directory_by_theme.get(parent)
                    entry_id = rng.choice(entries) if entries else None
            if missed:
                staff = None
            elif ch is c.Channel.EMAIL and rng.random() < 0.3:
                staff = rng.choice(coordinators)
            else:
                staff = rng.choice(self.staff.get(site) or reception)
            face = ch in (c.Channel.DESK, c.Channel.BUS)
            satisfaction = None
            if not missed and rng.random() < (0.2 if face else 0.04):
                satisfaction = rng.choices((1, 2, 3, 4), weights=(3, 8, 38, 51))[0]
            district_id = None
            if site == "bus":
                district_id = bus_district[day] if rng.random() < 0.7 else None
            elif not missed and rng.random() < 0.45:
                district_id = rng.choice(districts)
            band = (
                bands[_weighted_index(rng, band_cum)]
                if (not missed and rng.random() < (0.4 if face else 0.15))
                else None
            )
            person_id = (
                rng.choice(consenting)
                if (consenting and not missed and rng.random() < 0.02)
                else None
            )
            note = rng.choice(VISIT_NOTES) if not missed and rng.random() < 0.08 else ""
            visit = {
                "id": new_id(),
                "site_id": self.site_ids[site],
                "channel": ch,
                "theme_id": theme_id,
                "directory_entry_id": entry_id,
                "outcome": outcome,
                "arrived_at": arrived,
                "started_at": started,
                "ended_at": ended,
                "wait_seconds": None
                if started is None
                else int((started - arrived).total_seconds()),
                "service_seconds": None
                if ended is None or started is None
                else round((ended - started).total_seconds()),
                "district_id": district_id,
                "age_band": band,
                "person_id": person_id,
                "note": note,
                "satisfaction": satisfaction,
                "staff_account_id": staff,
            }
            rows.append(visit)
            if outcome is c.VisitOutcome.FOLLOW_UP:
                tickets.append(self._ticket(rng, new_id, visit, ch))
        rows.sort(key=lambda r: (r["arrived_at"], r["id"]))
        tickets.sort(key=lambda r: (r["opened_on"], r["id"]))
        self.add(Visit, rows)
        self.add(FollowUp, tickets)
        self.ticket_events.sort(key=lambda r: (r["at"], r["id"]))
        self.add(TicketEvent, self.ticket_events)

    def _ticket(
        self, rng: random.Random, new_id: _Ids, visit: dict[str, Any], channel: c.Channel
    ) -> dict[str, Any]:
        """The follow-up of a visit: an "Allô mairie" report or a question to answer later."""
        theme_id = visit["theme_id"]
        parent = self.theme_parent_of.get(theme_id, theme_id)
        category = next(name for name, tid in self.theme_ids.items() if tid == parent)
        d = rng.choice(self.districts)
        street = rng.choice(self.streets[d["id"]])
        address = ""
        lat = lon = None
        templates = FOLLOW_UP_TEMPLATES.get(category)
        if templates and (channel is c.Channel.ALLO_MAIRIE or rng.random() < 0.5):
            description = rng.choice(templates).format(n=rng.randint(1, 140), street=street)
            address = f"{street}, {POSTCODE} Saint-Quentin"
            if rng.random() < 0.7:
                lat = round(49.8465 + rng.uniform(-0.018, 0.018), 6)
                lon = round(3.2876 + rng.uniform(-0.03, 0.03), 6)
        else:
            description = rng.choice(QUESTION_TEMPLATES)
        opened = visit["arrived_at"].date()
        delay = next((d for _, n, d, *_ in TICKET_CATEGORIES if n == category), 15)
        due = opened + timedelta(days=delay)
        age = (self.today - opened).days
        s = c.TicketStatus
        if age > delay + 10:
            status = rng.choices(
                (s.RESOLVED, s.REJECTED, s.IN_PROGRESS, s.FORWARDED), weights=(94.5, 5, 0.4, 0.1)
            )[0]
        elif age > 3:
            status = rng.choices(
                (s.RESOLVED, s.IN_PROGRESS, s.FORWARDED, s.NEW), weights=(45, 30, 15, 10)
            )[0]
        else:
            status = rng.choices((s.NEW, s.FORWARDED), weights=(70, 30))[0]
        reason = rng.choice(REJECT_REASONS) if status is s.REJECTED else ""
        informed = ""
        if status in (s.RESOLVED, s.REJECTED) and rng.random() < 0.6:
            informed = rng.choice(("phone", "email", "letter"))
        ticket_id = new_id()
        # Everything below comes from the ticket's own generator: the visits' draws (and so
        # the visits) stay what they were before tickets had a history.
        trng = _rng(self.seed, f"ticket:{ticket_id}")
        cat = (
            self.ticket_category_by_name.get(category)
            or self.ticket_category_by_name["Autre demande"]
        )
        entry_id = visit["directory_entry_id"] or cat["directory_entry_id"]
        entry = self.directory_rows.get(entry_id) if entry_id else None
        # Sent on to another body: only once it has left the "new" pile.
        outside = (
            entry is not None
            and entry["competence"] is not c.Competence.CITY
            and status is not s.NEW
        )
        if outside and status is s.IN_PROGRESS:
            status = s.FORWARDED  # the City does not work on another body's business
        start = visit["ended_at"] or visit["arrived_at"]

        def later(after: datetime, days: int) -> datetime:
            """A moment in working hours `days` after `after`, never after today."""
            day = min(self.today, after.date() + timedelta(days=days))
            moment = _at(day, 9) + timedelta(minutes=trng.randint(0, 8 * 60))
            return max(moment, after + timedelta(minutes=1))

        steps: list[tuple[c.TicketStatus, datetime, str]] = [(s.NEW, start, "")]
        forwarded_on = None
        if status is s.FORWARDED or (status is not s.NEW and (outside or trng.random() < 0.3)):
            at = later(start, trng.randint(0, 2))
            steps.append((s.FORWARDED, at, ""))
            forwarded_on = at.date()
        if status in (s.IN_PROGRESS, s.RESOLVED) and not outside:
            steps.append((s.IN_PROGRESS, later(steps[-1][1], trng.randint(0, 3)), ""))
        if status in (s.RESOLVED, s.REJECTED):
            # Most answered within the delay, some late.
            late = trng.random() < 0.15
            days = trng.randint(delay + 1, delay + 20) if late else trng.randint(1, delay)
            days = min(days, max(0, (self.today - steps[-1][1].date()).days))
            steps.append((status, later(steps[-1][1], days), reason))
        closed_on = steps[-1][1].date() if status in (s.RESOLVED, s.REJECTED) else None
        informed_on = None
        if outside and status is not s.NEW:
            informed = informed or ("letter" if channel is c.Channel.LETTER else "email")
        if informed:
            told = closed_on or forwarded_on or opened
            informed_on = min(self.today, told + timedelta(days=trng.randint(0, 2)))
        contact = ("", "", "")
        if status not in (s.RESOLVED, s.REJECTED) and age <= 45 and trng.random() < 0.6:
            phone = f"06 39 98 {trng.randrange(100):02d} {trng.randrange(100):02d}"
            email = f"citoyen{trng.randrange(1000)}@example.org" if trng.random() < 0.4 else ""
            contact = (trng.choice(TICKET_CONTACT_NAMES), phone, email)
        for step, at, why in steps:
            self.ticket_events.append(
                {
                    "id": _Ids(trng)(),
                    "ticket_id": ticket_id,
                    "at": at,
                    "status": step,
                    "reason": why,
                    "staff_account_id": visit["staff_account_id"],
                }
            )
        return {
            "id": ticket_id,
            "visit_id": visit["id"],
            "category": cat["name"],
            "category_id": cat["id"],
            "description": description,
            "address": address,
            "latitude": lat,
            "longitude": lon,
            "photo_hash": None,
            "directory_entry_id": entry_id,
            "opened_on": opened,
            "due_on": due,
            "status": status,
            "status_reason": reason,
            "citizen_informed_by": informed,
            "site_id": visit["site_id"],
            "contact_name": contact[0],
            "contact_phone": contact[1],
            "contact_email": contact[2],
            "person_id": None,
            "outside_competence": outside,
            "forwarded_on": forwarded_on,
            "informed_on": informed_on,
            "closed_on": closed_on,
        }

    def _ticket_categories(self) -> None:
        """The ticket categories, with their delays and default services (from the
        directory written by `themes_and_directory`)."""
        rng = _rng(self.seed, "ticket_categories")
        new_id = _Ids(rng)
        self.directory_rows = {r["id"]: r for r in self.rows.get(DirectoryEntry, [])}
        by_name = {r["name"]: r["id"] for r in self.directory_rows.values()}
        rows = [
            {
                "id": new_id(),
                "code": code,
                "name": name,
                "description": description,
                "keywords": keywords,
                "due_days": days,
                "directory_entry_id": by_name.get(service) if service else None,
                "active": True,
            }
            for code, name, days, service, description, keywords in TICKET_CATEGORIES
        ]
        self.ticket_category_by_name = {r["name"]: r for r in rows}
        self.add(TicketCategory, rows)

    def mystery_surveys(self) -> None:
        """The reception settings of the quality label, and a dozen mystery surveys over the
        year: desks, the bus, the phone and written requests, mostly good, some not."""
        from citizenspace.domain.reception.quality import (
            CRITERIA,
            DEFAULT_TARGET_WAIT_MINUTES,
            DEFAULT_WRITTEN_DELAY_DAYS,
            grid_for,
        )

        rng = _rng(self.seed, "mystery_surveys")
        new_id = _Ids(rng)
        self.add(
            Setting,
            [
                {
                    "id": id_for_key("setting", key),
                    "key": key,
                    "value": str(value),
                }
                for key, value in (
                    ("reception.target_wait_minutes", DEFAULT_TARGET_WAIT_MINUTES),
                    ("reception.written_delay_days", DEFAULT_WRITTEN_DELAY_DAYS),
                )
            ],
        )
        plan = (
            ("town_hall", c.Channel.DESK),
            ("citizen_space", c.Channel.DESK),
            ("town_hall", c.Channel.PHONE),
            ("cs_europe", c.Channel.DESK),
            ("citizen_space", c.Channel.EMAIL),
            ("bus", c.Channel.BUS),
            ("town_hall", c.Channel.ALLO_MAIRIE),
            ("cs_isle", c.Channel.DESK),
            ("citizen_space", c.Channel.LETTER),
            ("cs_neuville", c.Channel.DESK),
            ("citizen_space", c.Channel.PHONE),
            ("town_hall", c.Channel.DESK),
        )
        comments = (
            "",
            "",
            "Accueil chaleureux, attente affichée à l'écran.",
            "Pas de badge visible ; orientation claire vers la Communauté d'agglomération.",
            "Réponse complète mais sans nom de contact.",
            "Bruit dans la salle d'attente, confidentialité difficile.",
            "Rappel promis et tenu le lendemain.",
        )
        rows = []
        for k, (site, channel) in enumerate(plan):
            # One survey a month, from eleven months ago to this month, on a weekday.
            day = self.today - timedelta(days=30 * (len(plan) - 1 - k) + rng.randint(0, 20))
            day -= timedelta(days=max(0, day.weekday() - 4))
            grid = grid_for(channel)
            answers = {}
            for key in CRITERIA[grid]:
                roll = rng.random()
                answers[key] = None if roll < 0.06 else int(roll < 0.82)
            rows.append(
                {
                    "id": new_id(),
                    "site_id": self.site_ids[site],
                    "channel": channel,
                    "surveyed_on": day,
                    "surveyor": "Cabinet Qualiscope (démo)",
                    "grid": grid.value,
                    "answers": json.dumps(answers),
                    "comment": rng.choice(comments),
                }
            )
        rows.sort(key=lambda r: (r["surveyed_on"], r["id"]))
        self.add(MysterySurvey, rows)

    # ------------------------------------------------------------------ children's budget

    def budget(self) -> None:
        rng = _rng(self.seed, "budget")
        new_id = _Ids(rng)
        vote_from = self.today - timedelta(days=10)
        vote_until = self.today + timedelta(days=20)
        selection_from = vote_from - timedelta(days=45)
        edition: dict[str, Any] = {
            "id": new_id(),
            "year": self.today.year,
            "title": f"Budget participatif des enfants {self.today.year}",
            "budget_cents": 1_000_000,
            "voting_method": c.VotingMethod.APPROVAL,
            "max_choices": 3,
            "outcome_rule": c.OutcomeRule.GREEDY,
            "phase": c.EditionPhase.VOTE,
            "proposals_from": selection_from - timedelta(days=35),
            "selection_from": selection_from,
            "vote_from": vote_from,
            "vote_until": vote_until,
            "results_on": vote_until + timedelta(days=14),
            "code_key": "",
            "code_salt": f"{rng.getrandbits(128):032x}",
            "paper_key": f"{rng.getrandbits(256):064x}",
            "tie_break_seed": "",
        }
        self.add(BudgetEdition, [edition])
        chosen = rng.sample(range(len(PROJECTS)), rng.randint(8, 10))
        projects = []
        for order, k in enumerate(sorted(chosen), start=1):
            title, easy, description, cost, group = PROJECTS[k]
            # Pictures are named by content hash: the same drawing, the same hash, every time
            # (as stored: without any metadata, like every picture that enters).
            picture = clean_picture(_project_picture(title)).data
            self.pictures[sha256(picture).hexdigest()] = picture
            projects.append(
                {
                    "id": new_id(),
                    "edition_id": edition["id"],
                    "title": title,
                    "easy_read": easy,
                    "description": description,
                    "cost_cents": cost,
                    "picture_hash": sha256(picture).hexdigest(),
                    "proposer_group": group,
                    "status": c.ProjectStatus.ON_BALLOT,
                    "status_reason": "",
                    "ballot_order": order,
                }
            )
        self.add(Project, projects)
        self.add(
            EditionSite,
            [
                {"id": new_id(), "edition_id": edition["id"], "site_id": self.site_ids[key]}
                for key in ("citizen_space", "cs_europe", "cs_isle", "cs_neuville", "bus")
            ],
        )
        from citizenspace.domain.budget import codes

        # This machine made (and printed) the demo's batches: it keeps their keys, so that
        # they print again; a kiosk would keep only the verifiers.
        keys = [rng.getrandbits(256).to_bytes(32, "big") for _ in range(2)]

        def verifiers(key: bytes, size: int) -> str:
            made = codes.batch_codes(key, size)
            return "".join(sorted(codes.verifier(code, edition["code_salt"]) for code in made))

        self.add(
            CodeBatch,
            [
                {
                    "id": new_id(),
                    "edition_id": edition["id"],
                    "site_id": self.site_ids["citizen_space"],
                    "device_id": self.device_ids["kiosk_cs"],
                    "label": "Borne Espace Citoyens – lot 1",
                    "size": 300,
                    "prefix": "",
                    "verifiers": verifiers(keys[0], 300),
                    "created_on": vote_from - timedelta(days=14),
                    "printed_on": vote_from - timedelta(days=10),
                },
                {
                    # Bound to the site, not to a kiosk: the machine that opens the demo
                    # accepts these codes, so a newcomer can try `citizenspace kiosk --demo`.
                    "id": new_id(),
                    "edition_id": edition["id"],
                    "site_id": self.site_ids["citizen_space"],
                    "device_id": None,
                    "label": "Lot de démonstration",
                    "size": 40,
                    "prefix": "",
                    "verifiers": verifiers(keys[1], 40),
                    "created_on": vote_from - timedelta(days=14),
                    "printed_on": vote_from - timedelta(days=10),
                },
            ],
        )
        for batch, key in zip(self.rows[CodeBatch][-2:], keys, strict=True):
            self.reprint_keys[batch["id"]] = key.hex()
        self._ballots(rng, edition, projects, self.rows[CodeBatch][-2], keys[0], vote_from)

    def _ballots(self, rng, edition, projects, batch, key, vote_from) -> None:  # noqa: ANN001
        """Ten days of votes: children at the kiosk with the first codes of its batch, and
        a bundle of paper ballots typed in — so the results and the counts have something to
        show. The codes of the demo batch are left unused, for a newcomer to try."""
        from citizenspace.domain.budget import codes
        from citizenspace.domain.budget.ballot import canonical

        kiosk_votes = rng.randint(120, 170)
        popularity = [rng.random() ** 2 + 0.05 for _ in projects]
        days = [vote_from + timedelta(days=rng.randrange(10)) for _ in range(kiosk_votes)]

        def choose() -> list[str]:
            k = rng.choice((1, 2, 3, 3))
            picked: set[str] = set()
            while len(picked) < k:
                picked.add(rng.choices(projects, weights=popularity)[0]["id"])
            return canonical(picked)

        used, ballots = [], []
        for code, day in zip(codes.batch_codes(key, kiosk_votes), days, strict=True):
            used.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "edition_id": edition["id"],
                    "code_hash": codes.verifier(code, edition["code_salt"]),
                    "used_on": day,
                    "batch_id": batch["id"],
                    "device_id": batch["device_id"],
                }
            )
        rng.shuffle(days)  # the ballots' days, in no order that pairs them with codes
        for day in days:
            ballots.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "edition_id": edition["id"],
                    "channel": c.BallotChannel.KIOSK,
                    "site_id": self.site_ids["citizen_space"],
                    "cast_on": day,
                    "choices": json.dumps(choose()),
                    "paper_serial": None,
                }
            )
        paper_key = codes.paper_key(edition["paper_key"])
        for _ in range(rng.randint(25, 40)):
            serial = codes.normalise(codes.derived_serial(paper_key, rng.getrandbits(40)))
            ballots.append(
                {
                    "id": id_for_key("paper_ballot", f"{edition['id']}:{serial}"),
                    "edition_id": edition["id"],
                    "channel": c.BallotChannel.PAPER,
                    "site_id": self.site_ids["cs_europe"],
                    "cast_on": vote_from + timedelta(days=rng.randrange(10)),
                    "choices": json.dumps(choose()),
                    "paper_serial": serial,
                }
            )
        self.add(UsedCode, used)
        self.add(Ballot, ballots)


# =========================================================================== entry point

#: Insert order: parents before children, so that foreign keys hold at every statement.
_ORDER: tuple[type[Base], ...] = (
    Setting,
    Site,
    Device,
    District,
    Theme,
    DirectoryEntry,
    TicketCategory,
    StaffAccount,
    Person,
    Body,
    Candidacy,
    Membership,
    Draw,
    Event,
    AgendaItem,
    Attendance,
    Visit,
    FollowUp,
    TicketEvent,
    MysterySurvey,
    BudgetEdition,
    EditionSite,
    Project,
    CodeBatch,
    UsedCode,
    Ballot,
)


def _refuse_if_not_empty(session: Session) -> None:
    """The demo is only written into a new database: a real city's data must never be mixed
    with invented people. The device registry is allowed (the application registers this
    machine when it opens a database)."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for name in ("people", *sorted(set(synced_tables()) - {"people", "devices"})):
        rows = session.scalar(select(func.count()).select_from(tables[name])) or 0
        if rows:
            raise DemoRefused(name, rows)


def generate(
    db: Database,
    *,
    scale: float = 1.0,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
) -> DemoSummary:
    """Write a demo city into `db`, which must hold no city data yet.

    `scale` 1 is a year of a 55,000-inhabitant city (about 1,500 people and 20,000 visits);
    the councils, events, themes, directory and budget keep their real size at any scale.
    Raises `DemoRefused` (nothing written) if the database already holds city data.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    today = today or date.today()
    report = progress or (lambda _fraction: None)
    report(0.0)
    with db.read() as session:
        _refuse_if_not_empty(session)  # early, before a second of work; again when writing
    city = _City(seed, scale, today)
    city.places()
    city.themes_and_directory()
    city.staff_accounts()
    city.councils()
    report(0.05)
    city.events()
    report(0.1)
    city.visits()
    city.mystery_surveys()
    city.budget()
    report(0.25)
    total = sum(len(city.rows.get(m, ())) for m in _ORDER)
    done = 0
    with db.write() as session:
        _refuse_if_not_empty(session)
        for model in _ORDER:
            rows = city.rows.get(model, [])
            # render_nulls: every row then has the same columns, so the whole chunk goes to
            # the driver as one executemany instead of being split wherever a None moves.
            statement = insert(model).execution_options(render_nulls=True)
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                session.execute(statement, chunk)
                done += len(chunk)
                report(0.25 + 0.7 * done / max(1, total))
        # This machine stands at the Citizen Space's desk, so the status bar says where.
        session.merge(LocalSetting(key="site_id", value=city.site_ids["citizen_space"]))
        # Marked, so that a demo city is never exchanged with a real city's share.
        session.merge(LocalSetting(key=DEMO_FLAG, value="1"))
        for batch_id, key in city.reprint_keys.items():
            session.merge(LocalSetting(key=REPRINT_PREFIX + batch_id, value=key))
    store = BlobStore.for_database(db.path)
    for picture in city.pictures.values():
        store.put_picture(picture)
    report(1.0)
    counts = {m.__tablename__: len(city.rows.get(m, ())) for m in _ORDER}
    return DemoSummary(seed=seed, scale=scale, today=today, counts=counts)
