<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddSiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>For example: Europe social centre</source>
        <translation>Par exemple : centre social Europe</translation>
    </message>
    <message>
        <source>Name of the site</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <source>Tick one project.</source>
        <translation>Coche un seul projet.</translation>
    </message>
    <message>
        <source>Tick projects that cost %1 at most in all.</source>
        <translation>Coche des projets qui coûtent %1 au plus en tout.</translation>
    </message>
    <message>
        <source>Tick up to %1 projects.</source>
        <translation>Coche jusqu'à %1 projets.</translation>
    </message>
    <message>
        <source>Ballot paper</source>
        <translation>Bulletin de vote</translation>
    </message>
    <message>
        <source>Put a cross in the box of each project you choose.</source>
        <translation>Fais une croix dans la case de chaque projet que tu choisis.</translation>
    </message>
    <message>
        <source>Do not write your name.</source>
        <translation>N'écris pas ton nom.</translation>
    </message>
    <message>
        <source>Fold your ballot paper and put it in the ballot box.</source>
        <translation>Plie ton bulletin et mets-le dans l'urne.</translation>
    </message>
    <message>
        <source>Ballot number</source>
        <translation>Numéro du bulletin</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Bulletins papier</translation>
    </message>
</context>
<context>
    <name>BudgetForms</name>
    <message>
        <source>This field is required</source>
        <extracomment>Translation context of the refusals' texts (shared by both forms).</extracomment>
        <translation>Ce champ est obligatoire</translation>
    </message>
    <message>
        <source>Enter an amount above 0 €</source>
        <translation>Saisissez un montant supérieur à 0 €</translation>
    </message>
    <message>
        <source>This amount is too large: check the number of zeros</source>
        <translation>Ce montant est trop élevé : vérifiez le nombre de zéros</translation>
    </message>
    <message>
        <source>Enter a year between 2000 and 2100</source>
        <translation>Saisissez une année entre 2000 et 2100</translation>
    </message>
    <message>
        <source>Say how many projects a child may choose: 1 or more</source>
        <translation>Indiquez combien de projets un enfant peut choisir : 1 ou plus</translation>
    </message>
    <message>
        <source>This date comes before the date of an earlier step</source>
        <translation>Cette date précède celle d'une étape antérieure</translation>
    </message>
    <message>
        <source>Say why the project is not eligible: the children who proposed it will be told</source>
        <translation>Indiquez pourquoi le projet n'est pas éligible : les enfants qui l'ont proposé en seront informés</translation>
    </message>
    <message>
        <source>This looks like a child's full name. Write first names only (Léa, Tom) or the group's name (CM2 class)</source>
        <translation>Cela ressemble au nom complet d'un enfant. Indiquez seulement des prénoms (Léa, Tom) ou le nom du groupe (classe de CM2)</translation>
    </message>
    <message>
        <source>The places on the ballot start at 1</source>
        <translation>Les places sur le bulletin commencent à 1</translation>
    </message>
    <message>
        <source>A site ticked here no longer exists (deleted meanwhile): check the list</source>
        <translation>Un lieu coché ici n'existe plus (supprimé entre-temps) : vérifiez la liste</translation>
    </message>
    <message>
        <source>Children have already voted: this can no longer change</source>
        <translation>Des enfants ont déjà voté : cela ne peut plus changer</translation>
    </message>
    <message>
        <source>This picture is larger than 5 MB: choose a smaller one</source>
        <translation>Cette image dépasse 5 Mo : choisissez-en une plus légère</translation>
    </message>
    <message>
        <source>This file is not a picture we can show: choose a PNG, JPEG or SVG file</source>
        <translation>Ce fichier n'est pas une image affichable : choisissez un fichier PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>This picture could not be opened: the file is damaged or is not really a picture. Choose another PNG, JPEG or SVG file</source>
        <translation>Cette image n'a pas pu être ouverte : le fichier est abîmé ou n'est pas vraiment une image. Choisissez un autre fichier PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <extracomment>Longest text each field of the edition form accepts, to say so when it is too long. The same for the project form.</extracomment>
        <translation>Ce texte est trop long</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>Ce texte est trop long : %1 caractères au maximum</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Children's participatory budget</source>
        <translation>Budget participatif des enfants</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation>Nouvelle édition…</translation>
    </message>
    <message>
        <source>No edition yet. Create the year's edition with “New edition…”: its budget, its dates and how children vote; then add the projects.</source>
        <translation>Aucune édition pour l'instant. Créez l'édition de l'année avec « Nouvelle édition… » : son budget, ses dates et la façon dont les enfants votent ; puis ajoutez les projets.</translation>
    </message>
    <message>
        <source>No edition yet.</source>
        <translation>Aucune édition pour l'instant.</translation>
    </message>
    <message>
        <source>Codes printed</source>
        <translation>Codes imprimés</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Codes utilisés</translation>
    </message>
    <message>
        <source>Ballots at kiosks, with a code</source>
        <translation>Bulletins sur borne, avec un code</translation>
    </message>
    <message>
        <source>Ballots at kiosks, unlocked by staff</source>
        <translation>Bulletins sur borne, ouverts par un adulte</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Bulletins papier</translation>
    </message>
    <message>
        <source>Ballots in all</source>
        <translation>Bulletins au total</translation>
    </message>
    <message>
        <source>Voting code batches</source>
        <translation>Lots de codes de vote</translation>
    </message>
    <message>
        <source>Supervisors' PIN…</source>
        <translation>Code PIN des adultes…</translation>
    </message>
    <message>
        <source>Kiosks ask for this PIN to close (Ctrl+Alt+Q); where no codes were printed, an adult also unlocks each vote with it.</source>
        <translation>Les bornes demandent ce code PIN pour se fermer (Ctrl+Alt+Q) ; là où aucun code n'a été imprimé, un adulte ouvre aussi chaque vote avec lui.</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <source>Print the slips…</source>
        <translation>Imprimer les cartes…</translation>
    </message>
    <message>
        <source>The selected batch's voting slips, as PDF</source>
        <translation>Les cartes de vote du lot choisi, en PDF</translation>
    </message>
    <message>
        <source>Print paper ballots…</source>
        <translation>Imprimer des bulletins papier…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Kiosk or site</source>
        <translation>Borne ou site</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message numerus="yes">
        <source>Alarm: %n use(s) of a code already used (on two kiosks offline). Each may have added a ballot: see the results page for the batches.</source>
        <translation>
            <numerusform>Alarme : %n utilisation d’un code déjà utilisé (sur deux bornes hors ligne). Elle a pu ajouter un bulletin : voir la page des résultats pour le lot.</numerusform>
            <numerusform>Alarme : %n utilisations de codes déjà utilisés (sur deux bornes hors ligne). Chacune a pu ajouter un bulletin : voir la page des résultats pour les lots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) wait in this machine's ballot box: they leave it in batches of ten or more, the last ones when the vote is over.</source>
        <translation>
            <numerusform>%n bulletin attend dans l’urne de cet ordinateur : les bulletins en sortent par lots de dix ou plus, les derniers une fois le vote terminé.</numerusform>
            <numerusform>%n bulletins attendent dans l’urne de cet ordinateur : ils en sortent par lots de dix ou plus, les derniers une fois le vote terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballots with a code and codes used differ: a machine has not exchanged its votes yet.</source>
        <translation>Les bulletins avec code et les codes utilisés diffèrent : un ordinateur n’a pas encore échangé ses votes.</translation>
    </message>
    <message>
        <source>Any kiosk</source>
        <translation>Toute borne</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>non imprimé</translation>
    </message>
    <message numerus="yes">
        <source>Making %n voting code(s)…</source>
        <translation>
            <numerusform>Création de %n code de vote…</numerusform>
            <numerusform>Création de %n codes de vote…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting code(s) made. Print their slips on this computer.</source>
        <translation>
            <numerusform>%n code de vote créé. Imprimez sa carte sur cet ordinateur.</numerusform>
            <numerusform>%n codes de vote créés. Imprimez leurs cartes sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new PIN works on every kiosk after its next sync.</source>
        <translation>Le nouveau code PIN fonctionne sur chaque borne après sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select a batch in the list first.</source>
        <translation>Choisissez d'abord un lot dans la liste.</translation>
    </message>
    <message>
        <source>Save the voting slips</source>
        <translation>Enregistrer les cartes de vote</translation>
    </message>
    <message>
        <source>voting-slips.pdf</source>
        <translation>cartes-de-vote.pdf</translation>
    </message>
    <message>
        <source>How many ballots?</source>
        <translation>Combien de bulletins ?</translation>
    </message>
    <message>
        <source>Save the paper ballots</source>
        <translation>Enregistrer les bulletins papier</translation>
    </message>
    <message>
        <source>paper-ballots.pdf</source>
        <translation>bulletins-papier.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>This batch can only be printed on the computer that made it: no other machine holds what makes its codes.</source>
        <translation>Ce lot ne peut être imprimé que sur l’ordinateur qui l’a créé : aucun autre ne détient ce qui fabrique ses codes.</translation>
    </message>
    <message>
        <source>The projects do not fit on one ballot page: shorten their texts.</source>
        <translation>Les projets ne tiennent pas sur une page de bulletin : raccourcissez leurs textes.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1 n'a pas pu être écrit (%2). Rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Ticket categories</source>
        <translation>Catégories de fiches</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Délai</translation>
    </message>
    <message>
        <source>Default &amp;service</source>
        <translation>&amp;Service par défaut</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file</source>
        <translation>fichier de la base de données</translation>
    </message>
    <message>
        <source>language of messages (default: French)</source>
        <translation>langue des messages (par défaut : français)</translation>
    </message>
    <message>
        <source>Citizen Space: the participation office's desk, kiosk and printed page.</source>
        <translation>Espace Citoyens : le guichet, la borne et les documents imprimés du service de la participation citoyenne.</translation>
    </message>
    <message>
        <source>open a demo city (created if needed)</source>
        <translation>ouvrir une ville de démonstration (créée si nécessaire)</translation>
    </message>
    <message>
        <source>render the main window to a PNG file and exit</source>
        <translation>enregistrer une image PNG de la fenêtre principale, puis quitter</translation>
    </message>
    <message>
        <source>write a demo city into a new database</source>
        <translation>créer une ville de démonstration dans une nouvelle base de données</translation>
    </message>
    <message>
        <source>1 = a year of a 55,000-inhabitant city (about 20,000 visits)</source>
        <translation>1 = une année d'une ville de 55 000 habitants (environ 20 000 visites)</translation>
    </message>
    <message>
        <source>another number gives another city (default: 2026)</source>
        <translation>un autre nombre donne une autre ville (par défaut : 2026)</translation>
    </message>
    <message>
        <source>the demo's reference date (default: today)</source>
        <translation>date de référence de la démonstration (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <source>check, back up or upgrade a database</source>
        <translation>vérifier, sauvegarder ou mettre à jour une base de données</translation>
    </message>
    <message>
        <source>check a database without changing it</source>
        <translation>vérifier une base de données sans la modifier</translation>
    </message>
    <message>
        <source>complete (slower) integrity check</source>
        <translation>contrôle d'intégrité complet (plus lent)</translation>
    </message>
    <message>
        <source>make a backup copy now</source>
        <translation>faire une copie de sauvegarde maintenant</translation>
    </message>
    <message>
        <source>folder for the copy (default: 'backups' beside the database)</source>
        <translation>dossier de la copie (par défaut : « backups », à côté de la base de données)</translation>
    </message>
    <message>
        <source>bring the database to this version's schema (after a backup)</source>
        <translation>mettre la base de données au schéma de cette version (après une sauvegarde)</translation>
    </message>
    <message>
        <source>import people from a spreadsheet</source>
        <translation>importer des personnes depuis un tableur</translation>
    </message>
    <message>
        <source>import a CSV file (French Excel ';' or ','), all or nothing</source>
        <translation>importer un fichier CSV (Excel en français : « ; » ou « , »), en totalité ou pas du tout</translation>
    </message>
    <message>
        <source>print every synced record, sorted: converged replicas print the same bytes</source>
        <translation>affiche chaque enregistrement synchronisé, trié : deux copies à jour affichent exactement la même chose</translation>
    </message>
    <message>
        <source>open the children's voting kiosk (full screen)</source>
        <translation>ouvrir la borne de vote des enfants (plein écran)</translation>
    </message>
    <message>
        <source>open the demo city's kiosk (created if needed)</source>
        <translation>ouvrir la borne de la ville de démonstration (créée si besoin)</translation>
    </message>
    <message>
        <source>render the kiosk to a PNG file and exit</source>
        <translation>enregistrer une image PNG de la borne et quitter</translation>
    </message>
    <message>
        <source>in a window rather than full screen</source>
        <translation>dans une fenêtre plutôt qu'en plein écran</translation>
    </message>
    <message>
        <source>children's participatory budget</source>
        <translation>budget participatif des enfants</translation>
    </message>
    <message>
        <source>list the voting code batches</source>
        <translation>lister les lots de codes de vote</translation>
    </message>
    <message>
        <source>as JSON, for scripts</source>
        <translation>en JSON, pour les scripts</translation>
    </message>
    <message>
        <source>count a pabulib .pb file: funded projects, cost, and why</source>
        <translation>compter un fichier pabulib .pb : projets financés, coût, et pourquoi</translation>
    </message>
    <message>
        <source>greedy by votes (default) or the Method of Equal Shares</source>
        <translation>glouton par nombre de voix (par défaut) ou méthode des parts égales</translation>
    </message>
    <message>
        <source>Equal Shares without the add-one completion</source>
        <translation>parts égales sans le complément « plus un »</translation>
    </message>
    <message>
        <source>create an edition, its projects and ballots from a pabulib .pb file</source>
        <translation>créer une édition, ses projets et ses bulletins depuis un fichier pabulib .pb</translation>
    </message>
    <message>
        <source>write an edition's projects and ballots as a pabulib .pb file</source>
        <translation>écrire les projets et les bulletins d'une édition dans un fichier pabulib .pb</translation>
    </message>
    <message>
        <source>print a batch's voting slips to a PDF file</source>
        <translation>imprimer les cartes de vote d'un lot dans un fichier PDF</translation>
    </message>
    <message>
        <source>print paper ballots to a PDF file</source>
        <translation>imprimer des bulletins papier dans un fichier PDF</translation>
    </message>
    <message>
        <source>how many ballots (default: 50)</source>
        <translation>combien de bulletins (par défaut : 50)</translation>
    </message>
    <message>
        <source>exchange changes with the central share once, and print a summary</source>
        <translation>échange une fois les modifications avec le dossier partagé central et affiche un résumé</translation>
    </message>
    <message>
        <source>the central share folder (server or USB stick)</source>
        <translation>le dossier partagé central (serveur ou clé USB)</translation>
    </message>
    <message>
        <source>how long to wait for another synchronisation of the same database to end (default: 60)</source>
        <translation>combien de secondes attendre la fin d'une autre synchronisation de la même base (par défaut : 60)</translation>
    </message>
    <message>
        <source>not a number of seconds: %1</source>
        <translation>ce n'est pas un nombre de secondes : %1</translation>
    </message>
    <message>
        <source>Missing --db PATH: which database file?</source>
        <translation>Il manque --db PATH : quel fichier de base de données ?</translation>
    </message>
    <message>
        <source>The scale must be above 0 and at most 100.</source>
        <translation>L'échelle doit être supérieure à 0 et au plus égale à 100.</translation>
    </message>
    <message>
        <source>%1 already holds data: the demo city is only written into a new database.</source>
        <translation>%1 contient déjà des données : la ville de démonstration ne peut être créée que dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The demo city could not be written to %1: %2</source>
        <translation>La ville de démonstration n'a pas pu être créée dans %1 : %2</translation>
    </message>
    <message>
        <source>Demo city written to %1: %2 people, %3 events, %4 visits.</source>
        <translation>Ville de démonstration créée dans %1 : %2 personnes, %3 événements, %4 visites.</translation>
    </message>
    <message>
        <source>OK: %1 is sound; schema %2 will be upgraded when the application opens it.</source>
        <translation>OK : %1 est en bon état ; le schéma %2 sera mis à jour à l'ouverture par l'application.</translation>
    </message>
    <message>
        <source>OK: %1 is a sound Citizen Space database (schema %2).</source>
        <translation>OK : %1 est une base Espace Citoyens en bon état (schéma %2).</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation>%1 est déjà à jour.</translation>
    </message>
    <message>
        <source>%1 upgraded from schema %2 to %3; backup kept at %4.</source>
        <translation>La base %1 a été mise à jour du schéma %2 au schéma %3 ; sauvegarde conservée dans %4.</translation>
    </message>
    <message>
        <source>(problems found: more than %1; nothing was imported)</source>
        <translation>(problèmes relevés : plus de %1 ; rien n'a été importé)</translation>
    </message>
    <message>
        <source>(problems found: %1 in all; nothing was imported)</source>
        <translation>(problèmes relevés : %1 au total ; rien n'a été importé)</translation>
    </message>
    <message>
        <source>People imported from %1: %2.</source>
        <translation>Personnes importées depuis %1 : %2.</translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation>(rien n'a été importé)</translation>
    </message>
    <message>
        <source>This command is not valid (%1). See: %2 --help</source>
        <translation>Cette commande n'est pas valide (%1). Voir : %2 --help</translation>
    </message>
    <message>
        <source>The backup could not be written into %1: check that it is a folder this computer can write to, with enough free space.</source>
        <translation>La sauvegarde n'a pas pu être enregistrée dans %1 : vérifiez qu'il s'agit d'un dossier où cet ordinateur peut écrire, avec assez d'espace libre.</translation>
    </message>
    <message>
        <source>Already in the register, skipped: %1.</source>
        <translation>Déjà dans le registre, ignorées : %1.</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database (%1): this one waited %2 seconds, then stopped without changing anything. Run it again once the other one is over.</source>
        <translation>Une autre synchronisation est en cours sur cette base de données (%1) : celle-ci a attendu %2 secondes, puis s'est arrêtée sans rien modifier. Relancez-la une fois l'autre terminée.</translation>
    </message>
    <message>
        <source>%1 is new and cannot start from the share's snapshot (%2), and the oldest segments were compacted away: nothing was applied. Another computer's next sync publishes a new snapshot; try again then.</source>
        <translation>La base %1 est nouvelle et ne peut pas partir de l'instantané du dossier partagé (%2), et les segments les plus anciens ont été compactés : rien n'a été appliqué. La prochaine synchronisation d'un autre ordinateur publiera un nouvel instantané ; réessayez ensuite.</translation>
    </message>
    <message>
        <source>The central share %1 cannot be used now: %2. Nothing was lost.</source>
        <translation>Le dossier partagé %1 n'est pas utilisable pour le moment : %2. Rien n'a été perdu.</translation>
    </message>
    <message>
        <source>first make DIR (empty or new) a demo shared folder for this demo city, to try the sync with demo cities made alike; a real city never uses it</source>
        <translation>faire d'abord de DIR (vide ou nouveau) un dossier partagé de démonstration pour cette ville de démonstration, pour essayer la synchronisation avec des villes de démonstration créées de la même façon ; une vraie ville ne s'en sert jamais</translation>
    </message>
    <message>
        <source>New database: started from the share's snapshot %1.</source>
        <translation>Nouvelle base : partie de l'instantané %1 du dossier partagé.</translation>
    </message>
    <message>
        <source>New database: the share's snapshot could not be used (%1); following the segments instead.</source>
        <translation>Nouvelle base : l'instantané du dossier partagé n'a pas pu servir (%1) ; les segments sont suivis à la place.</translation>
    </message>
    <message>
        <source>Segments written: %1, applied: %2, rejected: %3; changes applied: %4; conflicts to review: %5; devices seen: %6.</source>
        <translation>Segments écrits : %1, appliqués : %2, refusés : %3 ; modifications appliquées : %4 ; conflits à examiner : %5 ; appareils vus : %6.</translation>
    </message>
    <message>
        <source>Another copy of this database also exchanges with the share (a cloned disk, or a file copied or put back by hand): this one now exchanges as a device of its own. Nothing was lost. Seen in: %1</source>
        <translation>Une autre copie de cette base de données échange aussi avec le dossier partagé (un disque cloné, ou un fichier copié ou remis en place à la main) : celle-ci échange désormais comme un appareil à part entière. Rien n’a été perdu. Vu dans : %1</translation>
    </message>
    <message>
        <source>Share upkeep: snapshot published: %1; segments removed: %2.</source>
        <translation>Entretien du dossier partagé : instantané publié : %1 ; segments supprimés : %2.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Left aside on the shared folder (everything else was exchanged):</source>
        <translation>Laissé de côté dans le dossier partagé (tout le reste a été échangé) :</translation>
    </message>
    <message>
        <source>%1 is a demo shared folder, made to try the sync with demo cities: a real city's database is never exchanged with it. Nothing was exchanged.</source>
        <translation>%1 est un dossier partagé de démonstration, fait pour essayer la synchronisation avec des villes de démonstration : la base d'une vraie ville n'y est jamais échangée. Rien n'a été échangé.</translation>
    </message>
    <message>
        <source>%1 is the demo shared folder of another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make a demo city like that one, then sync it: %2</source>
        <translation>%1 est le dossier partagé de démonstration d'une autre ville de démonstration (créée un autre jour, ou à partir d'autres fichiers de données) : rien n'a été échangé, pour ne pas mélanger deux villes de démonstration. Créez une ville de démonstration comme celle-là, puis synchronisez-la : %2</translation>
    </message>
    <message>
        <source>%1 holds a demo city: it is exchanged only with a demo shared folder, never with a real city's, and %2 is not one. Nothing was exchanged. To try the sync, make a demo shared folder in an empty folder: %3</source>
        <translation>%1 contient une ville de démonstration : elle ne s'échange qu'avec un dossier partagé de démonstration, jamais avec celui d'une vraie ville, et %2 n'en est pas un. Rien n'a été échangé. Pour essayer la synchronisation, créez un dossier partagé de démonstration dans un dossier vide : %3</translation>
    </message>
    <message>
        <source>%1 holds a real city: a demo shared folder is made from a demo city only (citizenspace demo --db FILE).</source>
        <translation>%1 contient une vraie ville : un dossier partagé de démonstration se crée seulement à partir d'une ville de démonstration (citizenspace demo --db FICHIER).</translation>
    </message>
    <message>
        <source>%1 holds a demo city made by an older version, which does not say which demo it is: make it again (citizenspace demo --db FILE), then try again.</source>
        <translation>%1 contient une ville de démonstration créée par une version plus ancienne, qui ne dit pas de quelle démonstration il s'agit : recréez-la (citizenspace demo --db FICHIER), puis réessayez.</translation>
    </message>
    <message>
        <source>%2 is a real city's shared folder: it is never turned into a demo one. Choose an empty folder.</source>
        <translation>%2 est le dossier partagé d'une vraie ville : il ne devient jamais un dossier de démonstration. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>%2 is already the demo shared folder of another demo city. Choose an empty folder, or make a demo city like that one: %3</source>
        <translation>%2 est déjà le dossier partagé de démonstration d'une autre ville de démonstration. Choisissez un dossier vide, ou créez une ville de démonstration comme celle-là : %3</translation>
    </message>
    <message>
        <source>%2 cannot be made a demo shared folder: %3</source>
        <translation>%2 ne peut pas devenir un dossier partagé de démonstration : %3</translation>
    </message>
    <message>
        <source>%1 is now a demo shared folder, for this demo city: demo cities made alike (%2) may try the sync through it; a real city never will.</source>
        <translation>%1 est désormais un dossier partagé de démonstration, pour cette ville de démonstration : les villes de démonstration créées de la même façon (%2) peuvent y essayer la synchronisation ; une vraie ville, jamais.</translation>
    </message>
    <message>
        <source>it is damaged, and was removed</source>
        <translation>il est endommagé, et a été supprimé</translation>
    </message>
    <message>
        <source>it was made by a newer version</source>
        <translation>il a été fait par une version plus récente</translation>
    </message>
    <message>
        <source>none matches the segments left on the share</source>
        <translation>aucun ne correspond aux segments restés sur le dossier partagé</translation>
    </message>
    <message>
        <source>this database still has changes to publish</source>
        <translation>cette base a encore des modifications à publier</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>il n'y en a aucun</translation>
    </message>
    <message>
        <source>No voting code batch yet.</source>
        <translation>Aucun lot de codes de vote pour l'instant.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 codes, %5 used, printed: %6</source>
        <translation>%1  %2 (%3) : %4 codes, %5 utilisés, imprimé : %6</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The projects do not fit on one ballot page: shorten their texts.</source>
        <translation>Les projets ne tiennent pas sur une page de bulletin : raccourcissez leurs textes.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was printed.</source>
        <translation>%1 n'a pas pu être écrit (%2). Rien n'a été imprimé.</translation>
    </message>
    <message>
        <source>Batch %1 can only be printed on the computer that made it: no other machine holds what makes its codes.</source>
        <translation>Le lot %1 ne peut être imprimé que sur l’ordinateur qui l’a créé : aucun autre ne détient ce qui fabrique ses codes.</translation>
    </message>
    <message>
        <source>There is no code batch %1 (see: citizenspace budget batches).</source>
        <translation>Il n'y a pas de lot de codes %1 (voir : citizenspace budget batches).</translation>
    </message>
    <message>
        <source>%1 written: %2 page(s) of voting slips.</source>
        <translation>%1 écrit : %2 page(s) de cartes de vote.</translation>
    </message>
    <message>
        <source>Print 1 to %1 ballots at a time.</source>
        <translation>Imprimez de 1 à %1 bulletins à la fois.</translation>
    </message>
    <message>
        <source>There is no edition %1.</source>
        <translation>Il n'y a pas d'édition %1.</translation>
    </message>
    <message>
        <source>%1 written: %2 paper ballot(s).</source>
        <translation>%1 écrit : %2 bulletin(s) papier.</translation>
    </message>
    <message>
        <source>Budget: %1 · Spent: %2 · Left: %3 · Voters: %4</source>
        <translation>Budget : %1 · Dépensé : %2 · Reste : %3 · Votants : %4</translation>
    </message>
    <message>
        <source>Funded, in order: %1</source>
        <translation>Financés, dans l'ordre : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for a pabulib file.</source>
        <translation>%1 est trop gros pour un fichier pabulib.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>%1 is not a pabulib file that can be counted: %2 (%3). Nothing was counted.</source>
        <translation>%1 n'est pas un fichier pabulib qui peut être compté : %2 (%3). Rien n'a été compté.</translation>
    </message>
    <message>
        <source>Edition %1 created: %2 projects, %3 ballots (id %4).</source>
        <translation>Édition %1 créée : %2 projets, %3 bulletins (identifiant %4).</translation>
    </message>
    <message>
        <source>%1 written: %2 ballots.</source>
        <translation>%1 écrit : %2 bulletins.</translation>
    </message>
    <message>
        <source>%1 holds point ballots (cumulative or scoring): an edition takes ticks only. Count it with: citizenspace budget tally.</source>
        <translation>%1 contient des bulletins à points (cumulatifs ou notés) : une édition ne prend que des cases cochées. Comptez-le avec : citizenspace budget tally.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 n'a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>A cost or the budget has cents: pabulib files hold whole amounts only.</source>
        <translation>Un coût ou le budget a des centimes : les fichiers pabulib ne contiennent que des montants entiers.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Unexpected error: %1 (details in %2)</source>
        <translation>Erreur inattendue : %1 (détails dans %2)</translation>
    </message>
</context>
<context>
    <name>ClosedKiosk</name>
    <message>
        <source>The vote is not open today.</source>
        <translation>Le vote n'est pas ouvert aujourd'hui.</translation>
    </message>
    <message>
        <source>Come back on a voting day. An adult can tell you when.</source>
        <translation>Reviens un jour de vote. Un adulte peut te dire quand.</translation>
    </message>
</context>
<context>
    <name>ComingLaterView</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Disponible dans une prochaine version</translation>
    </message>
    <message>
        <source>What you will be able to do here</source>
        <translation>Ce que vous pourrez faire ici</translation>
    </message>
    <message>
        <source>Until then, the rest of Citizen Space works as usual, and everything you record is kept on this computer.</source>
        <translation>D'ici là, le reste d'Espace Citoyens fonctionne normalement, et tout ce que vous enregistrez est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Run the neighbourhood, youth, senior and associations councils, with draws by lot that anyone can check.</source>
        <translation>Animer les conseils de quartier, le conseil des jeunes, le conseil des seniors et le conseil des associations, avec des tirages au sort vérifiables par tous.</translation>
    </message>
    <message>
        <source>Collect the volunteers' applications and check who is eligible.</source>
        <translation>Recueillir les candidatures des volontaires et vérifier qui est éligible.</translation>
    </message>
    <message>
        <source>Draw members by lot, with a record that can be verified.</source>
        <translation>Tirer au sort les membres, avec un procès-verbal vérifiable.</translation>
    </message>
    <message>
        <source>Replace members from the reserve list.</source>
        <translation>Remplacer des membres à partir de la liste complémentaire.</translation>
    </message>
    <message>
        <source>Keep the volunteers who were not drawn informed and involved.</source>
        <translation>Tenir informés et associer les volontaires qui n'ont pas été tirés au sort.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Plan council meetings, workshops, open days and the participation festival, and know who came.</source>
        <translation>Organiser les réunions de conseil, les ateliers, les journées portes ouvertes et la fête de la participation, et savoir qui était présent.</translation>
    </message>
    <message>
        <source>Build each meeting's agenda, with citizens' own topics.</source>
        <translation>Préparer l'ordre du jour de chaque réunion, avec les sujets proposés par les habitants.</translation>
    </message>
    <message>
        <source>Print sign-in sheets and record attendance.</source>
        <translation>Imprimer les feuilles d'émargement et enregistrer les présences.</translation>
    </message>
    <message>
        <source>See which members stay active over the year.</source>
        <translation>Voir quels membres restent actifs au fil de l'année.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Print what the office hands out, ready to fold and staple, without retyping anything in a word processor.</source>
        <translation>Imprimer les documents remis par le service, prêts à plier et à agrafer, sans rien ressaisir dans un traitement de texte.</translation>
    </message>
    <message>
        <source>Booklets presenting the projects, and the “who does what” guide.</source>
        <translation>Livrets de présentation des projets et guide « Qui fait quoi ? ».</translation>
    </message>
    <message>
        <source>Voting slips, sign-in sheets and reports for assessment.</source>
        <translation>Bulletins de vote, feuilles d'émargement et bilans pour l'évaluation.</translation>
    </message>
    <message>
        <source>Preview every document, print it or save it as PDF.</source>
        <translation>Prévisualiser chaque document, l'imprimer ou l'enregistrer en PDF.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Non observé</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>The end is before the arrival: check the times</source>
        <extracomment>What a figure shows when there is nothing to compute it from (never 0 %).</extracomment>
        <translation>La fin est avant l'arrivée : vérifiez les heures</translation>
    </message>
    <message>
        <source>The visitor was served before arriving: check the times</source>
        <translation>Le visiteur a été reçu avant d'arriver : vérifiez les heures</translation>
    </message>
    <message>
        <source>The end is before the start of service: check the times</source>
        <translation>La fin est avant le début de l'accueil : vérifiez les heures</translation>
    </message>
    <message>
        <source>This time is in the future</source>
        <translation>Cette heure est dans le futur</translation>
    </message>
    <message>
        <source>A missed call has no start or end of service</source>
        <translation>Un appel manqué n'a ni début ni fin de prise en charge</translation>
    </message>
    <message>
        <source>Choose a theme: type a few letters, or Alt+1 to Alt+6</source>
        <translation>Choisissez un thème : tapez quelques lettres, ou Alt+1 à Alt+6</translation>
    </message>
    <message>
        <source>Satisfaction goes from 1 to 4</source>
        <translation>La satisfaction va de 1 à 4</translation>
    </message>
    <message>
        <source>The note is too long: 500 characters at most</source>
        <translation>La note est trop longue : 500 caractères au maximum</translation>
    </message>
    <message>
        <source>Say which service the visitor was sent to</source>
        <translation>Indiquez vers quel service le visiteur a été orienté</translation>
    </message>
    <message>
        <source>This theme does not exist: choose one from the list</source>
        <translation>Ce thème n'existe pas : choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>This theme is no longer in use: choose another one</source>
        <translation>Ce thème n'est plus utilisé : choisissez-en un autre</translation>
    </message>
    <message>
        <source>This service is no longer in the directory: choose another one</source>
        <translation>Ce service n'est plus dans l'annuaire : choisissez-en un autre</translation>
    </message>
    <message>
        <source>This district no longer exists: choose another one</source>
        <translation>Ce quartier n'existe plus : choisissez-en un autre</translation>
    </message>
    <message>
        <source>This computer's site no longer exists: check the settings</source>
        <translation>Le site de cet ordinateur n'existe plus : vérifiez les paramètres</translation>
    </message>
    <message>
        <source>This staff member no longer exists: choose who is at the desk</source>
        <translation>Cet agent n'existe plus : choisissez qui est au guichet</translation>
    </message>
    <message>
        <source>This person no longer exists</source>
        <translation>Cette personne n'existe plus</translation>
    </message>
    <message>
        <source>A visit names a person only if they agreed to be contacted</source>
        <translation>Une visite ne nomme une personne que si elle a accepté d'être contactée</translation>
    </message>
    <message>
        <source>Facts only: no health, opinions, origins or judgements</source>
        <extracomment>The same advice in a line, always in sight under the note (the whole of it on demand).</extracomment>
        <translation>Des faits, sans santé, opinions, origines ni jugements</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Write only what is needed to follow up, in objective words. Never: health, opinions (political, religious, union), origins, offences, insults or judgements about the person. The visitor may ask to read this note.</source>
        <extracomment>The CNIL's advice on free-text fields ("zones bloc-notes"), shown beside the note.</extracomment>
        <translation>N'écrivez que ce qui est utile au suivi, en termes objectifs. Jamais : santé, opinions (politiques, religieuses, syndicales), origines, infractions, insultes ou jugements sur la personne. Le visiteur peut demander à lire cette note.</translation>
    </message>
    <message>
        <source>At this desk:</source>
        <extracomment>The line under each field where its refusal is written; several fields share one. The field each refusal outlines and gives the focus to.</extracomment>
        <translation>À ce guichet :</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Thèmes…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Type a few letters of the theme…</source>
        <translation>Tapez quelques lettres du thème…</translation>
    </message>
    <message>
        <source>Add, rename or put away themes</source>
        <translation>Ajouter, renommer ou ne plus proposer des thèmes</translation>
    </message>
    <message>
        <source>Alt+</source>
        <translation>Alt+</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+6 choose these themes</source>
        <translation>Alt+1 à Alt+6 choisissent ces thèmes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Competent
service</source>
        <translation>Service
compétent</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>District, age</source>
        <translation>Quartier, âge</translation>
    </message>
    <message>
        <source>Optional: someone who agreed to be contacted</source>
        <translation>Facultatif : une personne qui a accepté d'être contactée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Pas vraiment</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Enregistrer la visite (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Call the selected visitor in (or the first one waiting). The selected visitor left without being served. Someone was added to the queue.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>New arrival (Ctrl+N): no names</source>
        <translation>Nouvelle arrivée (Ctrl+N) : sans nom</translation>
    </message>
    <message>
        <source>New arrival (Ctrl+N): a few words, not a name</source>
        <translation>Nouvelle arrivée (Ctrl+N) : quelques mots, pas de nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Call in (Ctrl+I)</source>
        <translation>Appeler (Ctrl+I)</translation>
    </message>
    <message>
        <source>Left without being served</source>
        <translation>Parti sans être reçu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>(choose)</source>
        <extracomment>Untouched time fields follow the clock until the receptionist starts a visit. A visit was saved with the outcome "follow-up": its id, for the ticket form. A visit was saved: its id. Time fields the receptionist typed in: they stop following the clock.</extracomment>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>District: not asked</source>
        <translation>Quartier : non demandé</translation>
    </message>
    <message>
        <source>Age: not asked</source>
        <translation>Âge : non demandé</translation>
    </message>
    <message>
        <source>No theme matches “%1”: type other words, or add the theme</source>
        <translation>Aucun thème ne correspond à « %1 » : tapez d'autres mots, ou ajoutez le thème</translation>
    </message>
    <message>
        <source>No service to name</source>
        <translation>Aucun service à indiquer</translation>
    </message>
    <message>
        <source>Choose a theme: the competent service appears here.</source>
        <translation>Choisissez un thème : le service compétent s'affiche ici.</translation>
    </message>
    <message>
        <source>The visit could not be saved. Nothing was saved.</source>
        <translation>La visite n'a pas pu être enregistrée. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Saved at %1: %2</source>
        <translation>Enregistré à %1 : %2</translation>
    </message>
    <message>
        <source>Alt+%1: %2</source>
        <translation>Alt+%1 : %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>%1 — since %2, waiting %3 min</source>
        <translation>%1 — depuis %2, attend depuis %3 min</translation>
    </message>
    <message>
        <source>%1 — at the desk since %2</source>
        <translation>%1 — au guichet depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) logged today</source>
        <translation>
            <numerusform>%n visite enregistrée aujourd'hui</numerusform>
            <numerusform>%n visites enregistrées aujourd'hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Retired %1</source>
        <translation>Retiré %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln reçu</numerusform>
            <numerusform>%Ln reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Batches of changes</source>
        <translation>Lots de modifications</translation>
    </message>
</context>
<context>
    <name>DirectoryImportSteps</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nouveaux, %2 modifiés, %3 inchangés</translation>
    </message>
    <message>
        <source>Importing this file: %1.</source>
        <translation>Import de ce fichier : %1.</translation>
    </message>
    <message>
        <source>Every service of the file is already in the directory (%1): nothing to import.</source>
        <translation>Tous les services du fichier sont déjà dans l'annuaire (%1) : rien à importer.</translation>
    </message>
    <message>
        <source>No line of this file can be imported as it is.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Modifiés : %1</translation>
    </message>
    <message>
        <source>Left out, not imported: %1.</source>
        <translation>Laissées de côté, non importées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Who is competent was read from the body's name on %n line(s).</source>
        <translation>
            <numerusform>Qui est compétent a été déduit du nom de l'organisme sur %n ligne.</numerusform>
            <numerusform>Qui est compétent a été déduit du nom de l'organisme sur %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) get the level chosen for the whole file: %1.</source>
        <translation>
            <numerusform>%n ligne reçoit la compétence choisie pour tout le fichier : %1.</numerusform>
            <numerusform>%n lignes reçoivent la compétence choisie pour tout le fichier : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>…and other problems further down.</source>
        <translation>…et d'autres problèmes plus bas.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Badge colours (background, text), readable at 4.5:1 or more; one hue per level. An inactive service, greyed (and in italics).</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Urban Community</source>
        <translation>Communauté d'agglomération</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre organisme</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>How many names of updated entries the check lists. The refused lines' problems listed at most. Where a column may go, said so that "what it handles" and "who is competent" do not mix.</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Who is competent (City, Agglo…)</source>
        <translation>Qui est compétent (Ville, Agglo…)</translation>
    </message>
    <message>
        <source>Keywords, what it handles</source>
        <translation>Mots-clés, ce que traite le service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Active (oui/non)</source>
        <translation>Actif (oui/non)</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it exists and is not open elsewhere.</source>
        <translation>Le fichier ne peut pas être lu : vérifiez qu'il existe et qu'il n'est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>The file is too large for a directory (more than 10 MB).</source>
        <translation>Le fichier est trop volumineux pour un annuaire (plus de 10 Mo).</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</source>
        <translation>C'est un ancien classeur Excel (.xls) : dans Excel, enregistrez-le en « Classeur Excel (.xlsx) » ou en « CSV (séparateur : point-virgule) » puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</source>
        <translation>Ce fichier ne s'ouvre pas comme un classeur Excel (.xlsx) : il est peut-être abîmé.</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”. In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>le texte n'est pas dans un encodage connu (UTF-8 ou Windows-1252) près de « %1 ». Dans Excel, enregistrez de nouveau le fichier en « CSV UTF-8 (séparateur : point-virgule) ».</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252). In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>le texte n'est pas dans un encodage connu (UTF-8 ou Windows-1252). Dans Excel, enregistrez de nouveau le fichier en « CSV UTF-8 (séparateur : point-virgule) ».</translation>
    </message>
    <message>
        <source>there is nothing to import from here on.</source>
        <translation>il n'y a rien à importer à partir d'ici.</translation>
    </message>
    <message>
        <source>no column gives %1: choose one in the list of where each column goes.</source>
        <translation>aucune colonne ne donne %1 : choisissez-en une dans la liste de ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>the columns %1 all go to “%2”: keep one, leave the others out.</source>
        <translation>les colonnes %1 vont toutes vers « %2 » : gardez-en une, laissez les autres de côté.</translation>
    </message>
    <message>
        <source>this line has more cells than the first line has columns (%1): a separator too many?</source>
        <translation>cette ligne a plus de cellules que la première ligne n'a de colonnes (%1) : un séparateur de trop ?</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is not closed: nothing after it is read.</source>
        <translation>un guillemet ouvert sur cette ligne n'est pas fermé : rien n'est lu après lui.</translation>
    </message>
    <message>
        <source>nothing says who is competent (the body “%1” does not say it): add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</source>
        <translation>rien ne dit qui est compétent (l'organisme « %1 » ne le dit pas) : ajoutez une colonne « Compétence » (Ville, Agglo…), ou choisissez à l'étape des colonnes la compétence des lignes qui ne la disent pas.</translation>
    </message>
    <message>
        <source>nothing says who is competent: add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</source>
        <translation>rien ne dit qui est compétent : ajoutez une colonne « Compétence » (Ville, Agglo…), ou choisissez à l'étape des colonnes la compétence des lignes qui ne la disent pas.</translation>
    </message>
    <message>
        <source>the same service (name and body) is already on line %1.</source>
        <translation>le même service (nom et organisme) figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1: the text is too long (%2 characters, %3 at most).</source>
        <translation>%1 : le texte est trop long (%2 caractères, %3 au plus).</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Lines that do not say who is competent:</source>
        <translation>Lignes qui ne disent pas qui est compétent :</translation>
    </message>
    <message>
        <source>refuse them (the body's name may say)</source>
        <translation>les refuser (sauf si le nom de l'organisme le dit)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>Ce champ est obligatoire</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <translation>Ce texte est trop long</translation>
    </message>
    <message>
        <source>Not an e-mail address (example: accueil@ville.fr)</source>
        <translation>Ce n'est pas une adresse de courriel (exemple : accueil@ville.fr)</translation>
    </message>
    <message>
        <source>Not a website address (example: www.ville.fr)</source>
        <translation>Ce n'est pas une adresse de site web (exemple : www.ville.fr)</translation>
    </message>
    <message>
        <source>Unknown competence: write Ville, Agglomération, Département, Région, État or Autre</source>
        <translation>Compétence inconnue : écrivez Ville, Agglomération, Département, Région, État ou Autre</translation>
    </message>
    <message>
        <source>This theme does not exist (or was deleted meanwhile)</source>
        <translation>Ce thème n'existe pas (ou a été supprimé entre-temps)</translation>
    </message>
    <message>
        <source>The directory already has a service with this name and body</source>
        <translation>L'annuaire contient déjà un service avec ce nom et cet organisme</translation>
    </message>
    <message>
        <source>Write oui or non</source>
        <translation>Écrivez oui ou non</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>Ce texte est trop long : %1 caractères au plus</translation>
    </message>
    <message>
        <source>Who handles…? Type a service, a keyword or a body (%1)</source>
        <translation>Qui s'occupe de… ? Tapez un service, un mot-clé ou un organisme (%1)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add or update services from a spreadsheet (.xlsx, or CSV saved by Excel). The first line names the columns: Service, Compétence, and optionally Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. You see what will change before anything is saved.</source>
        <translation>Ajouter ou mettre à jour des services depuis un tableur (.xlsx, ou CSV enregistré par Excel). La première ligne donne le nom des colonnes : Service, Compétence et, si besoin, Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. Les changements vous sont montrés avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the whole directory for Excel (CSV or .xlsx), to share or print.</source>
        <translation>Enregistrer tout l'annuaire pour Excel (CSV ou .xlsx), pour le partager ou l'imprimer.</translation>
    </message>
    <message>
        <source>Service not found</source>
        <translation>Service introuvable</translation>
    </message>
    <message>
        <source>It was deleted meanwhile.</source>
        <translation>Il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Delete a service</source>
        <translation>Supprimer un service</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Supprimer « %1 » de l'annuaire ?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n refused line(s) were left out: correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n ligne refusée a été laissée de côté : corrigez-la dans le fichier et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes refusées ont été laissées de côté : corrigez-les dans le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Directory exported</source>
        <translation>Annuaire exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) saved in %1.</source>
        <translation>
            <numerusform>%n service enregistré dans %1.</numerusform>
            <numerusform>%n services enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were sent there</source>
        <translation>
            <numerusform>%n visite y a été orientée</numerusform>
            <numerusform>%n visites y ont été orientées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up ticket(s) name it</source>
        <translation>
            <numerusform>%n fiche de suivi le mentionne</numerusform>
            <numerusform>%n fiches de suivi le mentionnent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket category(ies) send reports there</source>
        <translation>
            <numerusform>%n catégorie de fiches y envoie les signalements</numerusform>
            <numerusform>%n catégories de fiches y envoient les signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>Service kept</source>
        <translation>Service conservé</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the records mention it. Deactivate it instead? It will no longer be suggested, and the history stays.</source>
        <translation>Impossible de supprimer « %1 » : il figure dans les enregistrements. Le désactiver plutôt ? Il ne sera plus proposé, et l'historique est conservé.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the records mention it. It is already inactive.</source>
        <translation>Impossible de supprimer « %1 » : il figure dans les enregistrements. Il est déjà inactif.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <extracomment>Message boxes naming lines and columns: sentences on a readable width, not a thin column.</extracomment>
        <translation>Importer un annuaire</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV for Excel, separator: semicolon (*.csv)</source>
        <translation>CSV pour Excel, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Exporter l'annuaire</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 : %2 nouveaux, %3 mis à jour, %4 inchangés.</translation>
    </message>
    <message>
        <source>…and other problems further down.</source>
        <translation>…et d'autres problèmes plus bas.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <source>%1 could not be imported: nothing was changed. Correct the file and try again.</source>
        <translation>Impossible d'importer %1 : rien n'a été modifié. Corrigez le fichier et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service trouvé</numerusform>
            <numerusform>%n services trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service dans l'annuaire</numerusform>
            <numerusform>%n services dans l'annuaire</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Try one word: what the citizen asks for (passeport, poubelle, bus) or who might handle it (agglo, département).</source>
        <translation>Aucun résultat pour « %1 ».
Essayez un seul mot : ce que demande l'usager (passeport, poubelle, bus) ou qui pourrait s'en occuper (agglo, département).</translation>
    </message>
    <message>
        <source>The directory is empty.
Click “New” to add a service, or “Import…” to load a spreadsheet.</source>
        <translation>L'annuaire est vide.
Cliquez sur « Nouveau » pour ajouter un service, ou sur « Importer… » pour charger un tableur.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Edit the selected service (Enter on the list)</source>
        <translation>Modifier le service sélectionné (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>A service that closed or moved: it is no longer suggested, and the visits that name it keep their history.</source>
        <translation>Un service fermé ou déplacé : il n'est plus proposé, et les visites qui le mentionnent gardent leur historique.</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>Edit the edition</source>
        <translation>Modifier l'édition</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <source>Proposals from</source>
        <translation>Propositions à partir du</translation>
    </message>
    <message>
        <source>Selection from</source>
        <translation>Sélection à partir du</translation>
    </message>
    <message>
        <source>Vote from</source>
        <translation>Vote à partir du</translation>
    </message>
    <message>
        <source>Vote until</source>
        <translation>Vote jusqu'au</translation>
    </message>
    <message>
        <source>Results on</source>
        <translation>Résultats le</translation>
    </message>
    <message>
        <source>Sites taking part</source>
        <translation>Lieux participants</translation>
    </message>
    <message>
        <source>The edition and its vote</source>
        <translation>L'édition et son vote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Voting method</source>
        <translation>Mode de vote</translation>
    </message>
    <message>
        <source>Choices per child</source>
        <translation>Choix par enfant</translation>
    </message>
    <message>
        <source>The most projects a child may choose.</source>
        <translation>Le nombre maximum de projets qu'un enfant peut choisir.</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Règle de dépouillement</translation>
    </message>
    <message>
        <source>Most votes first: the projects with the most votes are funded while money is left. Equal shares: each voter gets an equal part of the budget to spend on the projects they chose.</source>
        <translation>Les plus votés d'abord : les projets qui ont le plus de voix sont financés tant qu'il reste de l'argent. Parts égales : chaque votant reçoit une part égale du budget, à dépenser pour les projets qu'il a choisis.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Children have already voted: this can no longer change</source>
        <translation>Des enfants ont déjà voté : cela ne peut plus changer</translation>
    </message>
    <message>
        <source>This edition no longer exists (deleted on another computer?). Nothing was saved.</source>
        <translation>Cette édition n'existe plus (supprimée sur un autre ordinateur ?). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The edition could not be saved. Nothing was changed.</source>
        <translation>L'édition n'a pas pu être enregistrée. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Children's participatory budget %1</source>
        <translation>Budget participatif des enfants %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Inactive: do not send citizens here</source>
        <translation>Inactif : n'y orientez pas les usagers</translation>
    </message>
    <message>
        <source>Choose a service in the list to see how to reach it.</source>
        <translation>Choisissez un service dans la liste pour savoir comment le joindre.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit a service</source>
        <translation>Modifier un service</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Ville, Agglomération du…, Préfecture…</source>
        <translation>Ville, Agglomération du…, Préfecture…</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(aucun thème)</translation>
    </message>
    <message>
        <source>Words citizens use: passeport, poubelle…</source>
        <translation>Mots employés par les habitants : passeport, poubelle…</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Competence</source>
        <translation>&amp;Compétence</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Horaires d'ouverture</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>This service was deleted meanwhile (perhaps on another computer).</source>
        <translation>Ce service a été supprimé entre-temps (peut-être sur un autre ordinateur).</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <source>Show or hide columns. Columns that do not fit the window are set aside; they come back when it is wider.</source>
        <extracomment>Rows looked at to size a column: the first screenful says what the column holds. Room around a cell's text (the delegate's margins), and around a title (the header's padding, and the sort arrow where there is one). The columns shown changed (set aside, brought back, or chosen). Columns the user chose to show (True) or hide (False).</extracomment>
        <translation>Afficher ou masquer des colonnes. Les colonnes qui ne tiennent pas dans la fenêtre sont mises de côté ; elles reviennent quand elle est plus large.</translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n hidden)</source>
        <translation>
            <numerusform>Colonnes (%n masquée)</numerusform>
            <numerusform>Colonnes (%n masquées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Save</source>
        <extracomment>The one error colour (dark enough to read on white: contrast 6.0:1). The dynamic property a refused field carries.</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward the ticket</source>
        <extracomment>A note the staff must read before going on (the law on forwarding, what an export publishes): the same amber panel wherever it appears.</extracomment>
        <translation>Transmettre la fiche</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Choisissez un service…</translation>
    </message>
    <message>
        <source>Outside the City's competence: the citizen must be told (article L114-2)</source>
        <translation>Hors de la compétence de la Ville : l'usager doit en être informé (article L114-2)</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>&amp;Transmettre à</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transmettre</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Back to the columns</source>
        <extracomment>One sentence: what the import would do ("48 people will be added."). Warnings and information, one sentence each. One sentence per problem of a refused line, naming it. The lines that would be written, and those refused. The fields a column may go to, in the order offered. Shown under the columns' table (a choice for the whole file), or None. Bumped when a running check is dropped (Back, Cancel): its late result is ignored.</extracomment>
        <translation>Revenir aux colonnes</translation>
    </message>
    <message>
        <source>Check the lines</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Say where each column of the file goes. A column left out is not imported. Nothing is saved before the last step.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier. Une colonne laissée de côté n'est pas importée. Rien n'est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>Import the good lines only, and leave out the refused ones</source>
        <translation>N'importer que les lignes correctes et laisser de côté les lignes refusées</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again later: what is already imported is not doubled.</source>
        <translation>Corrigez les lignes refusées dans le fichier et importez-le de nouveau plus tard : ce qui est déjà importé n'est pas ajouté deux fois.</translation>
    </message>
    <message>
        <source>The columns are matched as you matched them for the last file with the same titles.</source>
        <translation>Les colonnes sont associées comme pour le dernier fichier aux mêmes titres.</translation>
    </message>
    <message numerus="yes">
        <source>Left out, not imported (%n column(s)): %1</source>
        <translation>
            <numerusform>Laissée de côté, non importée (%n colonne) : %1</numerusform>
            <numerusform>Laissées de côté, non importées (%n colonnes) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Toutes les colonnes du fichier sont importées.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Choisissez la colonne qui contient : %1.</translation>
    </message>
    <message>
        <source>Checking the lines…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported: the file or the register changed meanwhile.</source>
        <translation>Rien n'a été importé : le fichier ou les données ont changé entre-temps.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A column left out, greyed: it is not imported. In the user's words, translated. Several columns may go to it (joined), like an address on two columns.</extracomment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>— Leave out —</source>
        <translation>— Laisser de côté —</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <source>Citizen informed</source>
        <translation>Usager informé</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>⌫ Erase</source>
        <extracomment>Keys on a row of the keypad. At the reference screen (1280×800), a key is this many pixels square (13 mm became 19): the kiosk's style sheet says so too ("@111").</extracomment>
        <translation>⌫ Effacer</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Citizen Space – vote</source>
        <translation>Espace Citoyens – vote</translation>
    </message>
    <message>
        <source>Demo voting codes you can use:</source>
        <translation>Codes de vote de démonstration à essayer :</translation>
    </message>
</context>
<context>
    <name>KioskFrame</name>
    <message>
        <source>Staff: close the kiosk</source>
        <extracomment>What is on screen is dropped after this long without a touch or a key. The longest PIN the supervisors can set (the staff page's dialog takes up to 12 digits). The screen the kiosk is drawn for (a 10-inch tablet); bigger screens scale it all up. The kiosk's look at the reference screen; every "@N" is N pixels there, scaled with the screen (`kiosk_style`). A size is the content's, inside the border: a key of the keypad is 105 + 2 × 3 = 111 pixels square (19 mm on a 10-inch tablet). Standard editing shortcuts a kiosk field refuses: they would bring back or carry away what a child typed.</extracomment>
        <translation>Personnel : fermer la borne</translation>
    </message>
    <message>
        <source>Type the supervisors' PIN.</source>
        <translation>Tapez le code PIN des adultes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Effacer</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>No supervisors' PIN is set, so the kiosk cannot be closed here. Set one on the Budget page of the staff application: the kiosk gets it at its next sync.</source>
        <translation>Aucun code PIN des adultes n'est défini : la borne ne peut pas être fermée ici. Définissez-en un sur la page du budget des enfants, dans l'application du personnel : la borne le reçoit à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This PIN is not right. The kiosk stays open.</source>
        <translation>Ce code PIN n'est pas le bon. La borne reste ouverte.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Children's budget: vote</source>
        <extracomment>The thank-you screen goes back to the welcome screen by itself after this long. The keypad's keys: the code alphabet, as the domain defines it.</extracomment>
        <translation>Budget des enfants : vote</translation>
    </message>
    <message>
        <source>Vote for your favourite projects!</source>
        <translation>Vote pour tes projets préférés !</translation>
    </message>
    <message>
        <source>Ask an adult to start your vote.</source>
        <translation>Demande à un adulte de lancer ton vote.</translation>
    </message>
    <message>
        <source>Show your card to the scanner. Or touch the button to type your code.</source>
        <translation>Montre ta carte au lecteur. Ou touche le bouton pour taper ton code.</translation>
    </message>
    <message>
        <source>An adult unlocks the vote</source>
        <translation>Un adulte ouvre le vote</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Taper mon code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Fill your basket with projects. Stay within the budget.</source>
        <translation>Remplis ton panier de projets. Ne dépasse pas le budget.</translation>
    </message>
    <message>
        <source>Choose one project.</source>
        <translation>Choisis un projet.</translation>
    </message>
    <message>
        <source>Choose up to %1 projects.</source>
        <translation>Choisis jusqu'à %1 projets.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>See my vote ➜</source>
        <translation>Voir mon vote ➜</translation>
    </message>
    <message>
        <source>Do you want to stop?</source>
        <translation>Tu veux arrêter ?</translation>
    </message>
    <message>
        <source>If you stop, your choices are erased and your vote does not count.</source>
        <translation>Si tu arrêtes, tes choix sont effacés et ton vote ne compte pas.</translation>
    </message>
    <message>
        <source>No, keep voting</source>
        <translation>Non, je continue à voter</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>Oui, j'arrête</translation>
    </message>
    <message>
        <source>Is this your vote?</source>
        <translation>C'est bien ton vote ?</translation>
    </message>
    <message>
        <source>Change my choice</source>
        <translation>Changer mon choix</translation>
    </message>
    <message>
        <source>Yes, I vote!</source>
        <translation>Oui, je vote !</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Your vote is counted. It stays secret.</source>
        <translation>Ton vote est compté. Il reste secret.</translation>
    </message>
    <message>
        <source>Nobody was there: the vote was cancelled.</source>
        <translation>Personne n'était là : le vote a été annulé.</translation>
    </message>
    <message>
        <source>Adult: type the PIN.</source>
        <translation>Adulte : tapez le code PIN.</translation>
    </message>
    <message>
        <source>Type your code.</source>
        <translation>Tape ton code.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>Ce code PIN n'est pas le bon.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Ask an adult for help.</source>
        <translation>Ce code a déjà servi à voter. Demande de l'aide à un adulte.</translation>
    </message>
    <message>
        <source>This code is for another kiosk. Ask an adult for help.</source>
        <translation>Ce code est prévu pour une autre borne. Demande de l'aide à un adulte.</translation>
    </message>
    <message>
        <source>This code does not work here. Ask an adult for help.</source>
        <translation>Ce code ne marche pas ici. Demande de l'aide à un adulte.</translation>
    </message>
    <message>
        <source>There is a mistake in this code. Check each letter and try again.</source>
        <translation>Il y a une erreur dans ce code. Vérifie chaque lettre et réessaie.</translation>
    </message>
    <message>
        <source>You have chosen %1 projects already. Remove one first.</source>
        <translation>Tu as déjà choisi %1 projets. Enlèves-en un d'abord.</translation>
    </message>
    <message>
        <source>This project does not fit in your basket. Remove one first.</source>
        <translation>Ce projet ne rentre pas dans ton panier. Enlèves-en un d'abord.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Your basket: %n project(s)</source>
        <translation>
            <numerusform>Ton panier : %n projet</numerusform>
            <numerusform>Ton panier : %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>You have chosen %1 of %2.</source>
        <translation>Tu en as choisi %1 sur %2.</translation>
    </message>
    <message>
        <source>You have not seen every project yet. To see them, touch “Change my choice”.</source>
        <translation>Tu n'as pas encore vu tous les projets. Pour les voir, touche « Changer mon choix ».</translation>
    </message>
    <message>
        <source>This vote cannot be counted. Ask an adult.</source>
        <translation>Ce vote ne peut pas être compté. Demande à un adulte.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>This field is required</source>
        <translation>Ce champ est obligatoire</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <translation>Ce texte est trop long</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.fr)</source>
        <translation>Cette adresse électronique n'est pas valide (exemple : nom@exemple.fr)</translation>
    </message>
    <message>
        <source>This is not a valid phone number (example: 06 12 34 56 78)</source>
        <translation>Ce numéro de téléphone n'est pas valide (exemple : 06 12 34 56 78)</translation>
    </message>
    <message>
        <source>A French postcode has five digits (example: 02100)</source>
        <translation>Un code postal français comporte cinq chiffres (exemple : 02100)</translation>
    </message>
    <message>
        <source>This birth year is not plausible</source>
        <translation>Cette année de naissance n'est pas plausible</translation>
    </message>
    <message>
        <source>An e-mail or phone number can only be kept with the person's consent to be contacted</source>
        <translation>Une adresse électronique ou un numéro de téléphone ne peut être conservé qu'avec le consentement de la personne à être contactée</translation>
    </message>
    <message>
        <source>This district no longer exists (deleted meanwhile): choose another one</source>
        <translation>Ce quartier n'existe plus (il a été supprimé entre-temps) : choisissez-en un autre</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>Ce texte est trop long : %1 caractères au maximum</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last involvement</source>
        <translation>Dernière participation</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Hôtel de ville</translation>
    </message>
    <message>
        <source>Citizen Space</source>
        <translation>Espace Citoyens</translation>
    </message>
    <message>
        <source>Social centre</source>
        <translation>Centre social</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <source>Staff computer</source>
        <translation>Poste du personnel</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>Borne de vote</translation>
    </message>
    <message>
        <source>Neighbourhood council</source>
        <translation>Conseil de quartier</translation>
    </message>
    <message>
        <source>Youth Council</source>
        <translation>Conseil des jeunes</translation>
    </message>
    <message>
        <source>Senior Council</source>
        <translation>Conseil des seniors</translation>
    </message>
    <message>
        <source>Associations Council</source>
        <translation>Conseil des associations</translation>
    </message>
    <message>
        <source>Local action group</source>
        <translation>Groupe d'action locale</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Autre groupe</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <source>City staff</source>
        <translation>Agent de la Ville</translation>
    </message>
    <message>
        <source>Drawn by lot</source>
        <translation>Tirage au sort</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Awaiting the draw</source>
        <translation>En attente du tirage au sort</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Tiré au sort</translation>
    </message>
    <message>
        <source>On the reserve list</source>
        <translation>Sur liste complémentaire</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Candidature retirée</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Réunion de conseil</translation>
    </message>
    <message>
        <source>Participation festival</source>
        <translation>Fête de la participation</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Elected officials' visit</source>
        <translation>Visite des élus</translation>
    </message>
    <message>
        <source>Open house</source>
        <translation>Portes ouvertes</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Atelier de co-construction</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Set by the City</source>
        <translation>Fixé par la Ville</translation>
    </message>
    <message>
        <source>Raised by citizens</source>
        <translation>Proposé par les habitants</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>France Services bus</source>
        <translation>Bus France Services</translation>
    </message>
    <message>
        <source>Allô mairie</source>
        <translation>Allô mairie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse apportée</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Réorienté</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Left without an answer</source>
        <translation>Reparti sans réponse</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 à 29 ans</translation>
    </message>
    <message>
        <source>30 to 44</source>
        <translation>30 à 44 ans</translation>
    </message>
    <message>
        <source>45 to 59</source>
        <translation>45 à 59 ans</translation>
    </message>
    <message>
        <source>60 to 74</source>
        <translation>60 à 74 ans</translation>
    </message>
    <message>
        <source>75 and over</source>
        <translation>75 ans et plus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Urban Community</source>
        <translation>Communauté d'agglomération</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre organisme</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Several choices (approval)</source>
        <translation>Plusieurs choix (vote par approbation)</translation>
    </message>
    <message>
        <source>Choices within the budget</source>
        <translation>Choix dans la limite du budget</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Les plus votés d'abord</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Dépôt des projets</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>Soumis au vote</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Kiosk, unlocked by staff</source>
        <translation>Borne, ouverte par un adulte</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Citizen Space</source>
        <extracomment>How often the status bar looks at the share again, in milliseconds. The pages that show data, built once the database is open (the overview at once, the others when first shown). The modules of those pages, imported off the GUI thread once the user can work (`prefetch`), so that the first visit to a page only builds it. The pages whose constructor reads their data (people, budget, sync: `refresh()`; settings: `load()`): their first visit does not read it a second time. The page built a moment ago, whose constructor read its data (not read twice).</extracomment>
        <translation>Espace Citoyens</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Everyone the office is in touch with: residents, members, volunteers.</source>
        <translation>Toutes les personnes en contact avec le service : habitants, membres, volontaires.</translation>
    </message>
    <message>
        <source>Areas of Citizen Space</source>
        <translation>Rubriques d'Espace Citoyens</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>Start-up's own work (opening the database, the daily anonymisation): app.py drives it.</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Budget participatif</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Citizen Space — %1</source>
        <translation>Espace Citoyens — %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n'y a pas de base de données à l'emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, et non un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1).</source>
        <translation>Le fichier de la base de données ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Citizen Space database.</source>
        <translation>Le fichier %1 est vide : ce n'est pas une base Espace Citoyens.</translation>
    </message>
    <message>
        <source>%1 is not a Citizen Space database (it is not an SQLite file).</source>
        <translation>%1 n'est pas une base Espace Citoyens (ce n'est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>The database file is incomplete, probably cut short by a failed copy (%1).</source>
        <translation>Le fichier de la base de données est incomplet, probablement tronqué par une copie qui a échoué (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Le fichier de la base de données est endommagé (%1).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Citizen Space one.</source>
        <translation>%1 est une base de données SQLite, mais pas une base Espace Citoyens.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Citizen Space (schema %1): install that version to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente d'Espace Citoyens (schéma %1) : installez cette version pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1 cannot be written from this computer (a read-only folder or a locked USB stick): copy it to a folder you can write to.</source>
        <translation>%1 ne peut pas être modifié depuis cet ordinateur (dossier en lecture seule ou clé USB verrouillée) : copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Citizen Space: open it once in the application, or run "citizenspace db upgrade", to bring it up to date.</source>
        <translation>%1 a été écrit par une version plus ancienne d'Espace Citoyens : ouvrez-le une fois dans l'application, ou lancez « citizenspace db upgrade », pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The database's change capture for sync is incomplete (%1).</source>
        <translation>Le suivi des modifications de la base de données pour la synchronisation est incomplet (%1).</translation>
    </message>
    <message>
        <source>The database cannot be opened (%1).</source>
        <translation>La base de données ne peut pas être ouverte (%1).</translation>
    </message>
    <message>
        <source>cannot be read from this computer (access rights, a link that loops or leads nowhere, or a disk error)</source>
        <translation>ne peut pas être lu depuis cet ordinateur (droits d'accès, lien qui boucle ou ne mène nulle part, ou erreur du disque)</translation>
    </message>
    <message>
        <source>is a folder where a file belongs, or a file where a folder belongs</source>
        <translation>est un dossier à la place d'un fichier, ou un fichier à la place d'un dossier</translation>
    </message>
    <message>
        <source>is not a Citizen Space file (a stray copy, or put there by hand)</source>
        <translation>n'est pas un fichier d'Espace Citoyens (une copie égarée, ou déposé à la main)</translation>
    </message>
    <message>
        <source>is damaged (its contents do not match its name)</source>
        <translation>est abîmé (son contenu ne correspond pas à son nom)</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>le prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>le courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>le téléphone</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>l'année de naissance</translation>
    </message>
    <message>
        <source>address</source>
        <translation>l'adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>district</source>
        <translation>le quartier</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>le consentement à être contacté</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>le consentement aux photos</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>le champ Notes</translation>
    </message>
    <message>
        <source>last involvement</source>
        <translation>dernière participation</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>dépasse la longueur autorisée</translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation>n'est pas une adresse électronique valide</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>n'est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>is not a French postcode (five digits)</source>
        <translation>n'est pas un code postal français (cinq chiffres)</translation>
    </message>
    <message>
        <source>is not a plausible birth year</source>
        <translation>n'est pas une année de naissance plausible</translation>
    </message>
    <message>
        <source>is missing: contact details are kept only with consent</source>
        <translation>fait défaut : les coordonnées ne sont conservées qu'avec le consentement de la personne</translation>
    </message>
    <message>
        <source>does not exist any more</source>
        <translation>n'existe plus</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>n'est pas valide</translation>
    </message>
    <message>
        <source>Line %1, column “%2”:</source>
        <translation>Ligne %1, colonne « %2 » :</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
    <message>
        <source>the file cannot be read: check that it exists and is not open elsewhere.</source>
        <translation>le fichier ne peut pas être lu : vérifiez qu'il existe et qu'il n'est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is not closed properly: nothing after it could be read.</source>
        <translation>un guillemet ouvert sur cette ligne n'est pas correctement fermé : la suite du fichier n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>the file has e-mail addresses or phone numbers but no "Consentement contact" column: contact details are kept only for people who agreed to be contacted. Add the column (oui/non) and try again.</source>
        <translation>le fichier contient des adresses électroniques ou des numéros de téléphone mais pas de colonne « Consentement contact » : ces coordonnées ne sont conservées que pour les personnes qui ont accepté d'être contactées. Ajoutez la colonne (oui/non) puis réessayez.</translation>
    </message>
    <message>
        <source>the file is too large (more than 20 MB).</source>
        <translation>le fichier est trop volumineux (plus de 20 Mo).</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”: in Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>le texte n'est pas dans un encodage connu (UTF-8 ou Windows-1252) près de « %1 » : dans Excel, enregistrez de nouveau le fichier en « CSV UTF-8 (séparateur : point-virgule) ».</translation>
    </message>
    <message>
        <source>this is not a text file in UTF-8 or Windows-1252: save it again as CSV.</source>
        <translation>ce n'est pas un fichier texte en UTF-8 ou en Windows-1252 : enregistrez-le de nouveau au format CSV.</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</source>
        <translation>c’est un ancien classeur Excel (.xls) : dans Excel, enregistrez-le en « Classeur Excel (.xlsx) » ou en « CSV (séparateur : point-virgule) » puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>this file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</source>
        <translation>ce fichier ne s’ouvre pas comme un classeur Excel (.xlsx) : il est peut-être abîmé.</translation>
    </message>
    <message>
        <source>there is nothing to import.</source>
        <translation>il n'y a rien à importer.</translation>
    </message>
    <message>
        <source>the column(s) %1 are missing from the first line.</source>
        <translation>il manque dans la première ligne la ou les colonnes suivantes : %1.</translation>
    </message>
    <message>
        <source>the columns %1 all go to %2: keep one and leave the others out.</source>
        <translation>les colonnes %1 vont toutes vers %2 : gardez-en une et laissez les autres de côté.</translation>
    </message>
    <message>
        <source>this line does not have as many fields as the first line (%1).</source>
        <translation>cette ligne n'a pas le même nombre de champs que la première ligne (%1).</translation>
    </message>
    <message>
        <source>the district "%1" does not exist.</source>
        <translation>le quartier « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number.</source>
        <translation>%1 « %2 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is neither a year nor a date of birth: write 1956, 14/03/1956 or 1956-03-14.</source>
        <translation>« %1 » n'est ni une année ni une date de naissance : écrivez 1956, 14/03/1956 ou 1956-03-14.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not "%2".</source>
        <translation>%1 doit être « oui » ou « non », et non « %2 ».</translation>
    </message>
    <message>
        <source>the text is too long: %1 characters, %2 at most.</source>
        <translation>le texte est trop long : %1 caractères, %2 au plus.</translation>
    </message>
    <message>
        <source>%1 “%2” %3.</source>
        <translation>%1 « %2 » %3.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch of voting codes</source>
        <translation>Nouveau lot de codes de vote</translation>
    </message>
    <message>
        <source>For example: Europe social centre kiosk</source>
        <translation>Par exemple : borne du centre social Europe</translation>
    </message>
    <message>
        <source>Name of the batch</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>Nombre de codes</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The codes work on kiosks of this site. Print them from the list once created.</source>
        <translation>Les codes fonctionnent sur les bornes de ce site. Imprimez-les depuis la liste une fois le lot créé.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New follow-up ticket</source>
        <extracomment>How many lines the description box shows before it scrolls.</extracomment>
        <translation>Nouvelle fiche de suivi</translation>
    </message>
    <message>
        <source>New Allô mairie report</source>
        <translation>Nouveau signalement Allô mairie</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the problem, or the question?</source>
        <translation>Quel est le problème, ou la question ?</translation>
    </message>
    <message>
        <source>Number, street, postcode</source>
        <translation>Numéro, rue, code postal</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>(the category's service)</source>
        <translation>(le service de la catégorie)</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées GPS</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>Si&amp;te</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>To tell the citizen the outcome (optional)</source>
        <translation>Pour informer l'usager de la suite donnée (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Personal data: only what is needed to answer, erased after the retention period. Never exported.</source>
        <translation>Données personnelles : seulement ce qui est nécessaire pour répondre, effacées après la durée de conservation. Jamais exportées.</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Written request: if it is outside the City's competence, forward it to the competent body and tell the citizen (article L114-2).</source>
        <translation>Demande écrite : si elle ne relève pas de la compétence de la Ville, transmettez-la au service compétent et informez-en l'usager (article L114-2).</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Open311Dialog</name>
    <message>
        <source>Export Open311</source>
        <translation>Exporter en Open311</translation>
    </message>
    <message>
        <source>The export publishes every report's category, description, address, position, status and dates, and its photo. The citizens' names, phones and e-mails never leave.</source>
        <translation>L'export publie, pour chaque signalement, sa catégorie, sa description, son adresse, sa position, son état, ses dates et sa photo. Les noms, téléphones et courriels des usagers ne sortent jamais.</translation>
    </message>
    <message>
        <source>Also publish the staff's &amp;notes (reasons for rejecting, notes on each step)</source>
        <translation>Publier aussi les &amp;notes des agents (motifs de refus, notes de chaque étape)</translation>
    </message>
    <message>
        <source>These notes are free text written by the staff: they may name people, and they are personal data. Publish them only after reading every one of them.</source>
        <translation>Ces notes sont du texte libre écrit par les agents : elles peuvent nommer des personnes et ce sont des données personnelles. Ne les publiez qu'après les avoir toutes relues.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. Start on the People page: the figures below fill in as the office records its work.</source>
        <translation>Rien n'est encore enregistré. Commencez par la page Personnes : les chiffres ci-dessous se rempliront au fur et à mesure que le service enregistrera son activité.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Children's participatory budget</source>
        <translation>Budget participatif des enfants</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>dans le registre</translation>
    </message>
    <message>
        <source>councils and groups</source>
        <translation>conseils et groupes</translation>
    </message>
    <message>
        <source>people sitting on a council today</source>
        <translation>personnes siégeant actuellement dans un conseil</translation>
    </message>
    <message numerus="yes">
        <source>in the next 30 days, %Ln this year</source>
        <translation>
            <numerusform>dans les 30 prochains jours, %Ln cette année</numerusform>
            <numerusform>dans les 30 prochains jours, %Ln cette année</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this year, %Ln today</source>
        <translation>
            <numerusform>cette année, dont %Ln aujourd'hui</numerusform>
            <numerusform>cette année, dont %Ln aujourd'hui</numerusform>
        </translation>
    </message>
    <message>
        <source>No edition prepared yet</source>
        <translation>Aucune édition préparée pour l'instant</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) submitted</source>
        <translation>
            <numerusform>%Ln projet déposé</numerusform>
            <numerusform>%Ln projets déposés</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures could not be read. The details are in the log file.</source>
        <translation>Les chiffres n'ont pas pu être lus. Les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The projects before</source>
        <translation>Les projets d'avant</translation>
    </message>
    <message>
        <source>More projects ▶</source>
        <translation>Encore des projets ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Scan or type the serial printed on the ballot, press Enter, tick the projects ticked on the paper, then press Enter to save.</source>
        <translation>Scannez ou tapez le numéro imprimé sur le bulletin, appuyez sur Entrée, cochez les projets cochés sur le papier, puis appuyez sur Entrée pour enregistrer.</translation>
    </message>
    <message>
        <source>Double entry: two people type each ballot</source>
        <translation>Double saisie : deux personnes tapent chaque bulletin</translation>
    </message>
    <message>
        <source>A ballot is counted once two typings of its serial agree; typings that differ are set aside below for a third look.</source>
        <translation>Un bulletin est compté quand deux saisies de son numéro concordent ; les saisies qui diffèrent sont mises de côté ci-dessous pour un troisième regard.</translation>
    </message>
    <message>
        <source>Ballot serial</source>
        <translation>Numéro du bulletin</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Save the ballot</source>
        <translation>Enregistrer le bulletin</translation>
    </message>
    <message>
        <source>Typings that differ: type these ballots again</source>
        <translation>Saisies qui diffèrent : tapez ces bulletins à nouveau</translation>
    </message>
    <message>
        <source>First typing saved. A second person types this ballot again.</source>
        <translation>Première saisie enregistrée. Une deuxième personne tape ce bulletin à nouveau.</translation>
    </message>
    <message>
        <source>The two typings differ: this ballot is set aside below for review.</source>
        <translation>Les deux saisies diffèrent : ce bulletin est mis de côté ci-dessous pour vérification.</translation>
    </message>
    <message>
        <source>Saved. Next ballot.</source>
        <translation>Enregistré. Bulletin suivant.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered in this session.</source>
        <translation>
            <numerusform>%n bulletin saisi pendant cette session.</numerusform>
            <numerusform>%n bulletins saisis pendant cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ballot was already entered: a serial counts once.</source>
        <translation>Ce bulletin a déjà été saisi : un numéro ne compte qu'une fois.</translation>
    </message>
    <message>
        <source>This serial is not one of this edition's ballots. Nothing saved.</source>
        <translation>Ce numéro n'est pas celui d'un bulletin de cette édition. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>This serial has a typing mistake. Check it. Nothing saved.</source>
        <translation>Ce numéro contient une faute de frappe. Vérifiez-le. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>No project is ticked. A blank ballot is not recorded. Nothing saved.</source>
        <translation>Aucun projet n'est coché. Un bulletin blanc n'est pas enregistré. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>More projects are ticked than the rule allows: the ballot is void.</source>
        <translation>Plus de projets sont cochés que la règle ne le permet : le bulletin est nul.</translation>
    </message>
    <message>
        <source>The ticked projects cost more than the budget: the ballot is void.</source>
        <translation>Les projets cochés coûtent plus que le budget : le bulletin est nul.</translation>
    </message>
    <message>
        <source>This ballot cannot be recorded. Nothing saved.</source>
        <translation>Ce bulletin ne peut pas être enregistré. Rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Last name</source>
        <extracomment>The refused lines' problems listed at most (the first ones tell what is wrong).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth year or date (year kept)</source>
        <translation>Année ou date de naissance (année gardée)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Agreed to be contacted (oui/non)</source>
        <translation>Accepte d'être contacté (oui/non)</translation>
    </message>
    <message>
        <source>Agreed to photos (oui/non)</source>
        <translation>Accepte les photos (oui/non)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
</context>
<context>
    <name>PeopleImportSteps</name>
    <message>
        <source>…and other problems further down.</source>
        <translation>…et d'autres problèmes plus bas.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added to the register.</source>
        <translation>
            <numerusform>%n personne sera ajoutée au registre.</numerusform>
            <numerusform>%n personnes seront ajoutées au registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this file is already in the register: nothing to add.</source>
        <translation>Toutes les personnes de ce fichier sont déjà dans le registre : rien à ajouter.</translation>
    </message>
    <message>
        <source>No line of this file can be imported as it is.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the register (same name, e-mail and birth year) will be skipped.</source>
        <translation>
            <numerusform>%n personne déjà dans le registre (même nom, courriel et année de naissance) sera ignorée.</numerusform>
            <numerusform>%n personnes déjà dans le registre (même nom, courriel et année de naissance) seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, not imported: %1.</source>
        <translation>Laissées de côté, non importées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file does not say whether these people agreed to be contacted: they are imported without that consent, and the e-mail addresses and phone numbers of %n line(s) are not kept.</source>
        <translation>
            <numerusform>Le fichier ne dit pas si ces personnes ont accepté d'être contactées : elles sont importées sans ce consentement, et les courriels et téléphones de %n ligne ne sont pas conservés.</numerusform>
            <numerusform>Le fichier ne dit pas si ces personnes ont accepté d'être contactées : elles sont importées sans ce consentement, et les courriels et téléphones de %n lignes ne sont pas conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not agree to be contacted: their e-mail address and phone number are not kept.</source>
        <translation>
            <numerusform>%n personne n'a pas accepté d'être contactée : son courriel et son téléphone ne sont pas conservés.</numerusform>
            <numerusform>%n personnes n'ont pas accepté d'être contactées : leurs courriels et téléphones ne sont pas conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birth dates: only the year is kept (%n line(s)).</source>
        <translation>
            <numerusform>Dates de naissance : seule l'année est conservée (%n ligne).</numerusform>
            <numerusform>Dates de naissance : seule l'année est conservée (%n lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Councils and groups the person sits on today</source>
        <extracomment>The person's id, for any column. What the proxy sorts on: accent- and case-folded text, so "Élodie" sits among the "E". Sorts after any name: empty cells go to the end of an ascending sort.</extracomment>
        <translation>Conseils et groupes dans lesquels la personne siège actuellement</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone (%1)</source>
        <extracomment>How many people one search lists; more than that is a hint to type a few more letters. Pause after the last key before searching, so typing stays fluid on slow machines.</extracomment>
        <translation>Rechercher par nom, courriel ou téléphone (%1)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Person not found</source>
        <translation>Personne introuvable</translation>
    </message>
    <message>
        <source>This person is no longer in the list: they may have been deleted on another computer.</source>
        <translation>Cette personne ne figure plus dans la liste : elle a peut-être été supprimée sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation>Supprimer une personne</translation>
    </message>
    <message>
        <source>Delete %1 from the people list?

This cannot be undone.</source>
        <translation>Supprimer %1 de la liste des personnes ?

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Person kept</source>
        <translation>Personne conservée</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the office's records mention them.</source>
        <translation>Impossible de supprimer %1 : cette personne figure dans les dossiers du service.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete the selected person (%1). Someone who took part in the office's work (a council, a sign-in sheet, a visit) is kept for the record.</source>
        <translation>Supprimer la personne sélectionnée (%1). Une personne qui a participé à la vie du service (un conseil, une feuille d'émargement, une visite) est conservée pour mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the first %Ln are listed: search to find the others)</source>
        <translation>
            <numerusform>%1 (%Ln seule est affichée : faites une recherche pour trouver les autres)</numerusform>
            <numerusform>%1 (les %Ln premières sont affichées : faites une recherche pour trouver les autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people found: type more to narrow the search</source>
        <translation>
            <numerusform>Plus de %Ln personne trouvée : précisez votre saisie pour affiner la recherche</numerusform>
            <numerusform>Plus de %Ln personnes trouvées : précisez votre saisie pour affiner la recherche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found</source>
        <translation>
            <numerusform>%Ln personne trouvée</numerusform>
            <numerusform>%Ln personnes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or search by e-mail or phone number.</source>
        <translation>Aucune personne ne correspond à « %1 ».
Vérifiez l'orthographe, ou recherchez par courriel ou par numéro de téléphone.</translation>
    </message>
    <message>
        <source>No one has been recorded yet.
Click “New person” to add the first one.</source>
        <translation>Aucune personne n'est encore enregistrée.
Cliquez sur « Nouvelle personne » pour ajouter la première.</translation>
    </message>
    <message>
        <source>is or was a member of a council or group</source>
        <translation>est ou a été membre d'un conseil ou d'un groupe</translation>
    </message>
    <message>
        <source>applied to a draw by lot</source>
        <translation>a posé sa candidature à un tirage au sort</translation>
    </message>
    <message>
        <source>appears on a sign-in sheet</source>
        <translation>figure sur une feuille d'émargement</translation>
    </message>
    <message>
        <source>is linked to a recorded visit</source>
        <translation>figure dans une visite enregistrée</translation>
    </message>
    <message>
        <source>appears in other records</source>
        <translation>figure dans d'autres enregistrements</translation>
    </message>
    <message>
        <source>People who took part are kept for the record; their personal details are anonymised when the retention period ends.</source>
        <translation>Les personnes qui ont participé sont conservées pour mémoire ; leurs données personnelles sont anonymisées à la fin de la durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the register were skipped.</source>
        <translation>
            <numerusform>%n personne déjà dans le registre a été ignorée.</numerusform>
            <numerusform>%n personnes déjà dans le registre ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused line(s) were left out: correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n ligne refusée a été laissée de côté : corrigez-la dans le fichier et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes refusées ont été laissées de côté : corrigez-les dans le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n people imported from %1.</source>
        <translation>
            <numerusform>%n personne importée depuis %1.</numerusform>
            <numerusform>%n personnes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <source>Add people from a spreadsheet (.xlsx, or CSV saved by Excel), as another office sent it: you say which column holds what, and see what will be imported before anything is saved.</source>
        <translation>Ajouter des personnes depuis un tableur (.xlsx, ou CSV enregistré par Excel), tel qu'un autre service l'a envoyé : vous indiquez ce que contient chaque colonne et voyez ce qui sera importé avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 could not be imported: nothing was changed. Correct the file and try again.</source>
        <translation>%1 n'a pas pu être importé : rien n'a été modifié. Corrigez le fichier puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <extracomment>Longest text each field accepts, to say so when the service finds it too long. The notes box shows at least this many lines.</extracomment>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. 1984</source>
        <translation>ex. : 1984</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Agrees to be contacted by e-mail or phone</source>
        <translation>Accepte d'être contacté(e) par courriel ou par téléphone</translation>
    </message>
    <message>
        <source>Agrees to appear in photos</source>
        <translation>Accepte d'apparaître sur des photos</translation>
    </message>
    <message>
        <source>Facts useful to the office only: the person may ask to read them. Never note health, origins, religion, political or union views, or any judgement (CNIL guidance).</source>
        <translation>Uniquement des faits utiles au service : la personne peut demander à les consulter. Ne notez jamais d'informations sur la santé, les origines, la religion, les opinions politiques ou syndicales, ni aucun jugement (recommandations de la CNIL).</translation>
    </message>
    <message>
        <source>This person no longer exists: they may have been deleted on another computer. Nothing was saved.</source>
        <translation>Cette personne n'existe plus : elle a peut-être été supprimée sur un autre ordinateur. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The person could not be saved. Nothing was changed.</source>
        <translation>La personne n'a pas pu être enregistrée. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>(unknown district)</source>
        <translation>(quartier inconnu)</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>donné le %1</translation>
    </message>
    <message>
        <source>recorded today when you save</source>
        <translation>daté d'aujourd'hui lors de l'enregistrement</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisors' PIN</source>
        <translation>Code PIN des adultes</translation>
    </message>
    <message>
        <source>New PIN (4 digits or more)</source>
        <translation>Nouveau code PIN (4 chiffres ou plus)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN, à nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A PIN is 4 digits or more, digits only.</source>
        <translation>Un code PIN a 4 chiffres ou plus, uniquement des chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>Les deux codes PIN diffèrent. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Personal data</source>
        <extracomment>(title, text) -&gt; True to go on. Replaced by tests. suggested file name -&gt; chosen path ("" when cancelled). Replaced by tests.</extracomment>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>How long the office keeps what it knows about people, and the rights of each person: see, export and erase what is held about them.</source>
        <translation>Combien de temps le service conserve ce qu'il sait des personnes, et les droits de chacun : consulter, exporter et effacer les données qui le concernent.</translation>
    </message>
    <message>
        <source>Visit notes and names</source>
        <translation>Notes et noms des visites</translation>
    </message>
    <message>
        <source>Follow-up tickets</source>
        <translation>Fiches de suivi</translation>
    </message>
    <message>
        <source>Reasons in ticket history</source>
        <translation>Motifs dans l'historique des fiches</translation>
    </message>
    <message>
        <source>Mystery survey comments</source>
        <translation>Commentaires des enquêtes mystère</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>People no longer taking part</source>
        <translation>Personnes qui ne participent plus</translation>
    </message>
    <message>
        <source>After the visit: the note and the link to a person are blanked; the visit stays in the counts. Kept while a ticket opened from it is open.</source>
        <translation>Après la visite : la note et le lien vers une personne sont effacés ; la visite reste dans les décomptes. Conservées tant qu'une fiche ouverte à partir de la visite est en cours.</translation>
    </message>
    <message>
        <source>After the ticket is closed (never while open): description, address, location, photo, contact and reasons.</source>
        <translation>Après la clôture de la fiche (jamais tant qu'elle est ouverte) : description, adresse, localisation, photo, coordonnées et motifs.</translation>
    </message>
    <message>
        <source>After the ticket is closed: the reasons written at each step.</source>
        <translation>Après la clôture de la fiche : les motifs saisis à chaque étape.</translation>
    </message>
    <message>
        <source>After the survey: the surveyor's name and comments; the grades stay.</source>
        <translation>Après l'enquête : le nom de l'enquêteur et les commentaires ; les notes restent.</translation>
    </message>
    <message>
        <source>After the entry: who and about whom. Kept longer, as the proof that requests were answered.</source>
        <translation>Après l'entrée : qui et à propos de qui. Conservées plus longtemps, comme preuve que les demandes ont reçu une réponse.</translation>
    </message>
    <message>
        <source>After their last seat, sheet, visit or ticket: the person's sheet is emptied (name, contact, notes); seats and attendance stay in the counts.</source>
        <translation>Après leur dernier siège, émargement, visite ou fiche : la fiche de la personne est vidée (nom, coordonnées, notes) ; les sièges et les présences restent dans les décomptes.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>How long personal data is kept</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <source>For the whole city: every computer applies the same periods.</source>
        <translation>Pour toute la ville : chaque ordinateur applique les mêmes durées.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Save the periods</source>
        <translation>Enregistrer les durées</translation>
    </message>
    <message>
        <source>Export the records of processing…</source>
        <translation>Exporter le registre des traitements…</translation>
    </message>
    <message>
        <source>A workbook for the city's register (GDPR article 30): each kind of data, what is blanked, how long it is kept and where it lives.</source>
        <translation>Un classeur pour le registre de la ville (RGPD, article 30) : chaque type de données, ce qui est effacé, combien de temps il est conservé et où il se trouve.</translation>
    </message>
    <message>
        <source>What would be anonymised today</source>
        <translation>Ce qui serait anonymisé aujourd'hui</translation>
    </message>
    <message>
        <source>Runs by itself once a day when the application starts. Rows stay, so every count and indicator stays the same; only personal fields are blanked.</source>
        <translation>S'exécute tout seul une fois par jour au démarrage de l'application. Les lignes restent, donc les décomptes et les indicateurs ne changent pas ; seuls les champs personnels sont effacés.</translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Anonymiser maintenant</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <source>The figures could not be read. The details are in the log file.</source>
        <translation>Les chiffres n'ont pas pu être lus. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation en cours…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was anonymised.</source>
        <translation>Annulé : rien n'a été anonymisé.</translation>
    </message>
    <message>
        <source>The anonymisation failed; nothing was changed. The details are in the log file.</source>
        <translation>L'anonymisation a échoué ; rien n'a été modifié. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>One person's data</source>
        <translation>Les données d'une personne</translation>
    </message>
    <message>
        <source>Someone asks what the office holds about them, or to be erased: find them by name, e-mail or phone.</source>
        <translation>Quelqu'un demande ce que le service détient sur lui, ou à être effacé : retrouvez-le par nom, courriel ou téléphone.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (Ctrl+F)</source>
        <translation>Nom, courriel ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Recent exports, erasures and anonymisations</source>
        <translation>Exportations, effacements et anonymisations récents</translation>
    </message>
    <message>
        <source>The record kept for the city's data protection officer.</source>
        <translation>Le registre tenu pour le délégué à la protection des données de la ville.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies of the database made before an update or a repair, and damaged files set aside. They hold everyone, erased people included, and are deleted from this computer once older than this.</source>
        <translation>Copies de la base faites avant une mise à jour ou une réparation, et fichiers endommagés mis de côté. Elles contiennent tout le monde, y compris les personnes effacées, et sont supprimées de cet ordinateur passé ce délai.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing has passed its period today.</source>
        <translation>Aucune donnée n'a dépassé sa durée de conservation aujourd'hui.</translation>
    </message>
    <message>
        <source>Not run on this computer yet.</source>
        <translation>Pas encore exécuté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Last automatic run: %1</source>
        <translation>Dernière exécution automatique : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>person %1 — %2</source>
        <translation>personne %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept from 1 to %n day(s).</source>
        <translation>
            <numerusform>Les sauvegardes sont gardées de 1 à %n jour.</numerusform>
            <numerusform>Les sauvegardes sont gardées de 1 à %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A period is from 1 to 120 months.</source>
        <translation>Une durée va de 1 à 120 mois.</translation>
    </message>
    <message>
        <source>Periods saved.</source>
        <translation>Durées enregistrées.</translation>
    </message>
    <message>
        <source>This computer and the city's other computers; the shared folder until it forgets (about a week after the change).</source>
        <translation>Cet ordinateur et les autres ordinateurs de la ville ; le dossier partagé jusqu’à ce qu’il oublie (environ une semaine après la modification).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>What is kept, and what is blanked at the end</source>
        <translation>Ce qui est conservé, et ce qui est effacé à la fin</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>The backups folder beside the database, on each computer.</source>
        <translation>Le dossier des sauvegardes à côté de la base, sur chaque ordinateur.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Photos et images</translation>
    </message>
    <message>
        <source>Ticket photos and project pictures, without their metadata (owner, GPS position). Deleted once no record names them any more.</source>
        <translation>Photos des fiches de suivi et images des projets, sans leurs métadonnées (propriétaire, position GPS). Supprimées dès qu’aucune fiche ne les cite plus.</translation>
    </message>
    <message>
        <source>As long as the record that shows them</source>
        <translation>Tant que la fiche qui les montre</translation>
    </message>
    <message>
        <source>records-of-processing.xlsx</source>
        <translation>registre-des-traitements.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>The personal fields of %n record(s) will be blanked for good, on this computer and, at the next sync, on the others. Counts stay the same.</source>
        <translation><numerusform>Les champs personnels de %n enregistrement seront définitivement effacés, sur cet ordinateur et, à la prochaine synchronisation, sur les autres. Les décomptes ne changent pas.</numerusform><numerusform>Les champs personnels de %n enregistrements seront définitivement effacés, sur cet ordinateur et, à la prochaine synchronisation, sur les autres. Les décomptes ne changent pas.</numerusform></translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Aucune personne trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) on a council</source>
        <translation>
            <numerusform>%n siège dans un conseil</numerusform>
            <numerusform>%n sièges dans un conseil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more held back: the database does not allow it yet)</source>
        <translation><numerusform>(%n autre en attente : la base de données ne le permet pas encore)</numerusform><numerusform>(%n autres en attente : la base de données ne le permet pas encore)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation><numerusform>%n enregistrement anonymisé.</numerusform><numerusform>%n enregistrements anonymisés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidacy(ies)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n émargement</numerusform>
            <numerusform>%n émargements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s)</source>
        <translation>
            <numerusform>%n tirage au sort</numerusform>
            <numerusform>%n tirages au sort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies)</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>their sheet only</source>
        <translation>sa fiche seulement</translation>
    </message>
    <message>
        <source>Held: their sheet, %1.</source>
        <translation>Données détenues : sa fiche, %1.</translation>
    </message>
    <message>
        <source>Held: their sheet only.</source>
        <translation>Données détenues : sa fiche seulement.</translation>
    </message>
    <message>
        <source>Export what is held</source>
        <translation>Exporter les données détenues</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>The erasure failed; nothing was erased. The details are in the log file.</source>
        <translation>L'effacement a échoué ; rien n'a été effacé. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Impossible d'écrire le fichier à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This person is no longer here.</source>
        <translation>Cette personne ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export the records of processing</source>
        <translation>Exporter le registre des traitements</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Everything held about %1 will be erased for good: their sheet, %2. Their seats and candidacies are removed from the councils; their visits, attendance marks and tickets stay in the counts without their name or words. Other computers erase it at their next sync. Export first if they asked for a copy.</source>
        <translation>Tout ce qui est détenu sur %1 sera définitivement effacé : sa fiche, %2. Ses sièges et candidatures sont retirés des conseils ; ses visites, émargements et fiches restent dans les décomptes, sans son nom ni ses propos. Les autres ordinateurs l'effacent à leur prochaine synchronisation. Exportez d'abord si la personne a demandé une copie.</translation>
    </message>
    <message>
        <source>Erasing %1…</source>
        <translation>Effacement de %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was erased.</source>
        <translation>Annulé : rien n'a été effacé.</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>Les données de %1 ont été effacées.</translation>
    </message>
    <message>
        <source>The backups on this computer still hold them until %1, when the last of them is deleted.</source>
        <translation>Les sauvegardes de cet ordinateur la contiennent encore jusqu’au %1, date où la dernière est supprimée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Work shorter than this shows no dialog: a window that flashes is noise.</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <source>✔ Chosen</source>
        <extracomment>At the reference screen (1280×800), a card is at least this wide, and its picture this big. Little words a title often starts with, which make poor initials ("Une aire de jeux").</extracomment>
        <translation>✔ Choisi</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit the project</source>
        <extracomment>The picture's frame (the rest of the form's look is `FORM_STYLE`). A newly chosen picture's bytes (None: keep what the project has).</extracomment>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>For example: A reading hut in the park</source>
        <translation>Par exemple : Une cabane à lire au parc</translation>
    </message>
    <message>
        <source>We want a hut in the park. It will have books. Everyone can read there.</source>
        <translation>Nous voulons une cabane au parc. Il y aura des livres. Tout le monde pourra y lire.</translation>
    </message>
    <message>
        <source>Picture of the project</source>
        <translation>Image du projet</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Retirer l'image</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, 5 MB at most. Children see it on the kiosk.</source>
        <translation>PNG, JPEG ou SVG, 5 Mo au plus. Les enfants la voient sur la borne.</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>not on the ballot</source>
        <translation>pas sur le bulletin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Easy-read text</source>
        <translation>Texte facile à lire</translation>
    </message>
    <message>
        <source>One idea per sentence. Short sentences, everyday words: children read it on the kiosk.</source>
        <translation>Une idée par phrase. Des phrases courtes, des mots de tous les jours : les enfants le lisent sur la borne.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>For adults: what will be done, where, with whom.</source>
        <translation>Pour les adultes : ce qui sera fait, où, avec qui.</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>First names or the group's name only (Léa and Tom; CM2 class of Jean Macé school), never a child's full name.</source>
        <translation>Des prénoms ou le nom du groupe seulement (Léa et Tom ; classe de CM2 de l'école Jean Macé), jamais le nom complet d'un enfant.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required when the project is not eligible: say why.</source>
        <translation>Obligatoire si le projet n'est pas éligible : dites pourquoi.</translation>
    </message>
    <message>
        <source>Place on the ballot</source>
        <translation>Place sur le bulletin</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Ce fichier n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>This project no longer exists (removed on another computer?). Nothing was saved.</source>
        <translation>Ce projet n'existe plus (retiré sur un autre ordinateur ?). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The project could not be saved. Nothing was changed.</source>
        <translation>Le projet n'a pas pu être enregistré. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d'image</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Edit the edition…</source>
        <extracomment>Something was saved (an edition or a project): the page reads it all again.</extracomment>
        <translation>Modifier l'édition…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Earlier on the ballot (Alt+Up)</source>
        <translation>Plus haut sur le bulletin (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Later on the ballot (Alt+Down)</source>
        <translation>Plus bas sur le bulletin (Alt+Bas)</translation>
    </message>
    <message>
        <source>Projects of the edition</source>
        <translation>Projets de l'édition</translation>
    </message>
    <message>
        <source>No project yet. Add the children's proposals with “New project…”.</source>
        <translation>Aucun projet pour l'instant. Ajoutez les propositions des enfants avec « Nouveau projet… ».</translation>
    </message>
    <message>
        <source>Projects: %1 · On the ballot: %2 · Cost of the ballot: %3</source>
        <translation>Projets : %1 · Soumis au vote : %2 · Coût des projets soumis au vote : %3</translation>
    </message>
    <message>
        <source>%1, %2 at most</source>
        <translation>%1, %2 au plus</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget : %1</translation>
    </message>
    <message>
        <source>vote from %1 to %2</source>
        <translation>vote du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) taking part</source>
        <translation>
            <numerusform>%n lieu participant</numerusform>
            <numerusform>%n lieux participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast: the ballot is fixed</source>
        <translation>
            <numerusform>%n vote enregistré : la liste des projets est figée</numerusform>
            <numerusform>%n votes enregistrés : la liste des projets est figée</numerusform>
        </translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n'existe plus.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Retirer le projet</translation>
    </message>
    <message>
        <source>Remove the project “%1”? This cannot be undone.</source>
        <translation>Retirer le projet « %1 » ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Project removed: %1</source>
        <translation>Projet retiré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Children have already voted (%n ballot(s)): the projects on the ballot and their order stay as they are, for the count.</source>
        <translation>
            <numerusform>Des enfants ont déjà voté (%n vote) : les projets soumis au vote et leur ordre restent tels quels, pour le dépouillement.</numerusform>
            <numerusform>Des enfants ont déjà voté (%n votes) : les projets soumis au vote et leur ordre restent tels quels, pour le dépouillement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The target wait must be 1 to 240 minutes.</source>
        <translation>L'attente cible doit être comprise entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>The announced delay must be 1 to 365 days.</source>
        <translation>Le délai annoncé doit être compris entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>The survey's date is in the future.</source>
        <translation>La date de l'enquête est dans le futur.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one.</source>
        <translation>Ce site n'existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose how the survey contacted the office.</source>
        <translation>Choisissez comment l'enquête a contacté le service.</translation>
    </message>
    <message>
        <source>An answer is not on this channel's grid.</source>
        <translation>Une réponse ne figure pas dans la grille de ce canal.</translation>
    </message>
    <message>
        <source>Each criterion is met, not met or not observed.</source>
        <translation>Chaque critère est respecté, non respecté ou non observé.</translation>
    </message>
    <message>
        <source>Mark at least one criterion as met or not met.</source>
        <translation>Indiquez au moins un critère comme respecté ou non respecté.</translation>
    </message>
    <message>
        <source>The surveyor's name is too long.</source>
        <translation>Le nom de l'enquêteur est trop long.</translation>
    </message>
    <message>
        <source>The comment is too long (1,000 characters at most).</source>
        <translation>Le commentaire est trop long (1 000 caractères au maximum).</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>Exportez vers un fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>Grid: at the desk (and the bus)</source>
        <translation>Grille : au guichet (et au bus)</translation>
    </message>
    <message>
        <source>Grid: on the phone (and Allô mairie)</source>
        <translation>Grille : au téléphone (et Allô mairie)</translation>
    </message>
    <message>
        <source>Grid: written requests (e-mail, letter)</source>
        <translation>Grille : demandes écrites (courriel, courrier)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Greeted with a hello as soon as they arrived</source>
        <extracomment>The wording of the charter's criteria (the grids' keys are in `domain.reception.quality`).</extracomment>
        <translation>Salué dès son arrivée</translation>
    </message>
    <message>
        <source>Staff member identifiable (badge, name plate)</source>
        <translation>Agent identifiable (badge, plaque nominative)</translation>
    </message>
    <message>
        <source>Waiting time announced, or no wait</source>
        <translation>Temps d'attente annoncé, ou pas d'attente</translation>
    </message>
    <message>
        <source>Served within the target wait</source>
        <translation>Reçu dans le délai d'attente cible</translation>
    </message>
    <message>
        <source>Clear orientation to the right service or body</source>
        <translation>Orientation claire vers le bon service ou organisme</translation>
    </message>
    <message>
        <source>Could speak without being overheard</source>
        <translation>A pu parler sans être entendu par d'autres</translation>
    </message>
    <message>
        <source>Accessible to people with reduced mobility, seating</source>
        <translation>Accessible aux personnes à mobilité réduite, places assises</translation>
    </message>
    <message>
        <source>Signs and opening hours easy to find and read</source>
        <translation>Signalétique et horaires d'ouverture faciles à trouver et à lire</translation>
    </message>
    <message>
        <source>Question answered, or a next step given</source>
        <translation>Réponse apportée, ou suite indiquée</translation>
    </message>
    <message>
        <source>Answered within 5 rings</source>
        <translation>Décroché en 5 sonneries au plus</translation>
    </message>
    <message>
        <source>Service and agent introduced themselves</source>
        <translation>Le service et l'agent se sont présentés</translation>
    </message>
    <message>
        <source>Polite and listening</source>
        <translation>Courtois et à l'écoute</translation>
    </message>
    <message>
        <source>Clear answer, or a call back offered and kept</source>
        <translation>Réponse claire, ou rappel proposé et effectué</translation>
    </message>
    <message>
        <source>If transferred, the call was not lost</source>
        <translation>En cas de transfert, l'appel n'a pas été perdu</translation>
    </message>
    <message>
        <source>Answered within the announced delay</source>
        <translation>Réponse dans le délai annoncé</translation>
    </message>
    <message>
        <source>Receipt acknowledged when the answer takes time</source>
        <translation>Accusé de réception quand la réponse prend du temps</translation>
    </message>
    <message>
        <source>Clear, complete answer in plain language</source>
        <translation>Réponse claire et complète, en langage simple</translation>
    </message>
    <message>
        <source>Names a contact (name, service, phone or e-mail)</source>
        <translation>Indique un contact (nom, service, téléphone ou courriel)</translation>
    </message>
    <message>
        <source>Sent on to the competent body, citizen told</source>
        <translation>Transmis au service compétent, usager informé</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>Where the last export was written.</extracomment>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the indicators, per site and month, with their counts (CSV or Excel)</source>
        <translation>Enregistrer les indicateurs, par site et par mois, avec leurs effectifs (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Mystery surveys</source>
        <translation>Enquêtes mystère</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>Half of the visitors at the desk and the bus waited less than this, half longer (with an even number of visits: the mean of the two middle waits).</source>
        <translation>La moitié des visiteurs du guichet et du bus ont attendu moins longtemps, l'autre moitié plus longtemps (avec un nombre pair de visites : la moyenne des deux attentes du milieu).</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>Attente au 90e centile</translation>
    </message>
    <message>
        <source>9 visitors in 10 waited at most this long: the smallest wait such that at least 90 % of waits are less or equal (nearest rank).</source>
        <translation>9 visiteurs sur 10 ont attendu au plus ce temps : la plus petite attente telle qu'au moins 90 % des attentes soient inférieures ou égales (rang le plus proche).</translation>
    </message>
    <message>
        <source>Visitors at the desk and the bus served within the target wait (set in Targets), out of all those served there.</source>
        <translation>Visiteurs du guichet et du bus reçus dans le délai d'attente cible (fixé dans Objectifs), sur l'ensemble des personnes reçues.</translation>
    </message>
    <message>
        <source>Phone answer rate</source>
        <translation>Taux de décroché</translation>
    </message>
    <message>
        <source>Calls answered on the phone and the Allô mairie line, out of all calls logged; a missed call counts as not answered.</source>
        <translation>Appels décrochés au téléphone et sur la ligne Allô mairie, sur l'ensemble des appels enregistrés ; un appel manqué compte comme non décroché.</translation>
    </message>
    <message>
        <source>Written requests answered in time</source>
        <translation>Demandes écrites traitées dans les délais</translation>
    </message>
    <message>
        <source>E-mails and letters answered within the announced delay (set in Targets): answered on the spot, from arrival to the end of the answer; through a follow-up, from the day of the request to the ticket's closing. Requests still open within the delay are pending and not counted yet.</source>
        <translation>Courriels et courriers ayant reçu une réponse dans le délai annoncé (fixé dans Objectifs) : réponse immédiate, de l'arrivée à la fin de la réponse ; réponse par une fiche de suivi, du jour de la demande à la clôture de la fiche. Les demandes encore ouvertes dans le délai sont en attente et ne sont pas encore comptées.</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Réorientés</translation>
    </message>
    <message>
        <source>Visits, calls and requests sent on to another service or body, out of all those served (missed calls left out).</source>
        <translation>Visites, appels et demandes transmis à un autre service ou organisme, sur l'ensemble des personnes reçues (hors appels manqués).</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Taux de satisfaction</translation>
    </message>
    <message>
        <source>Answers 3 (satisfied) or 4 (very satisfied), out of all answers 1 to 4.</source>
        <translation>Réponses 3 (satisfait) ou 4 (très satisfait), sur l'ensemble des réponses de 1 à 4.</translation>
    </message>
    <message>
        <source>Net satisfaction</source>
        <translation>Satisfaction nette</translation>
    </message>
    <message>
        <source>Share of 4 (very satisfied) minus share of 1 and 2 (dissatisfied), in points, from -100 to +100.</source>
        <translation>Part des 4 (très satisfait) moins la part des 1 et 2 (insatisfait), en points, de -100 à +100.</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l'objectif</translation>
    </message>
    <message>
        <source>Phone answered</source>
        <translation>Appels décrochés</translation>
    </message>
    <message>
        <source>Written in time</source>
        <translation>Écrits dans les délais</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>&amp;Grade a survey…</source>
        <translation>&amp;Noter une enquête…</translation>
    </message>
    <message>
        <source>Record a mystery survey against the charter's grid (%1)</source>
        <translation>Enregistrer une enquête mystère selon la grille de la charte (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Criterion by criterion</source>
        <translation>Critère par critère</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Non observé</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Target wait at the desk</source>
        <translation>Attente &amp;cible au guichet</translation>
    </message>
    <message>
        <source>Announced &amp;delay for written answers</source>
        <translation>&amp;Délai annoncé pour les réponses écrites</translation>
    </message>
    <message>
        <source>These targets are shared by every machine of the city. The figures are recomputed with them at once.</source>
        <translation>Ces objectifs sont communs à tous les ordinateurs de la ville. Les chiffres sont aussitôt recalculés avec eux.</translation>
    </message>
    <message>
        <source>Save the targets</source>
        <translation>Enregistrer les objectifs</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>%1 visits at the desk and the bus</source>
        <translation>%1 visites au guichet et au bus</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 min</source>
        <translation>%1 sur %2 en %3 min au plus</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 appels sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 days</source>
        <translation>%1 sur %2 en %3 jours au plus</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1 of %2 served</source>
        <translation>%1 sur %2 reçus</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>(no site)</source>
        <extracomment>The survey's comment takes the room left; so do the criterion's wording and the site. Which columns give way first when the page is narrow (see `FittedColumns`): the figures the cards above already give for all sites, the details of a survey.</extracomment>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <source>%1 surveys: %2 of the criteria observed were met</source>
        <translation>%1 enquêtes : %2 des critères observés ont été respectés</translation>
    </message>
    <message>
        <source>No mystery survey in this period</source>
        <translation>Aucune enquête mystère sur cette période</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation>Objectifs enregistrés.</translation>
    </message>
    <message>
        <source>reception-indicators</source>
        <translation>indicateurs-accueil</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: is it open in another program?</source>
        <translation>Impossible d'écrire %1 : est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
        <source>Indicators saved to %1</source>
        <translation>Indicateurs enregistrés dans %1</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Counting stopped: the figures shown are those of the previous choice.</source>
        <translation>Calcul interrompu : les chiffres affichés sont ceux du choix précédent.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Saving the indicators…</source>
        <translation>Enregistrement des indicateurs…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Visits logged</source>
        <translation>Visites enregistrées</translation>
    </message>
    <message>
        <source>Target wait (min)</source>
        <translation>Attente cible (min)</translation>
    </message>
    <message>
        <source>In-person visits with a wait</source>
        <translation>Visites sur place avec attente</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Attente médiane (min)</translation>
    </message>
    <message>
        <source>90th percentile wait (min)</source>
        <translation>Attente au 90e centile (min)</translation>
    </message>
    <message>
        <source>Served within target</source>
        <translation>Reçus dans l'objectif</translation>
    </message>
    <message>
        <source>Share served within target</source>
        <translation>Part reçue dans l'objectif</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Appels décrochés</translation>
    </message>
    <message>
        <source>Announced written delay (days)</source>
        <translation>Délai annoncé pour les écrits (jours)</translation>
    </message>
    <message>
        <source>Written requests answered or overdue</source>
        <translation>Demandes écrites traitées ou en retard</translation>
    </message>
    <message>
        <source>Share of written requests answered in time</source>
        <translation>Part des demandes écrites traitées dans les délais</translation>
    </message>
    <message>
        <source>Written requests pending</source>
        <translation>Demandes écrites en attente</translation>
    </message>
    <message>
        <source>Visits served</source>
        <translation>Visites reçues</translation>
    </message>
    <message>
        <source>Share redirected</source>
        <translation>Part réorientée</translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation>Réponses de satisfaction</translation>
    </message>
    <message>
        <source>Answers 1</source>
        <translation>Réponses 1</translation>
    </message>
    <message>
        <source>Answers 2</source>
        <translation>Réponses 2</translation>
    </message>
    <message>
        <source>Answers 3</source>
        <translation>Réponses 3</translation>
    </message>
    <message>
        <source>Answers 4</source>
        <translation>Réponses 4</translation>
    </message>
    <message>
        <source>Net satisfaction (points)</source>
        <translation>Satisfaction nette (points)</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Journal des visites</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Who does what?</source>
        <translation>Qui fait quoi ?</translation>
    </message>
    <message>
        <source>Reception quality</source>
        <translation>Qualité de l'accueil</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Non financé : personne n'a voté pour lui.</translation>
    </message>
    <message>
        <source>Funded: its %1 supporters paid its cost of %2 from their equal shares.</source>
        <translation>Financé : ses %1 soutiens ont payé son coût de %2 avec leurs parts égales.</translation>
    </message>
    <message>
        <source>Funded with the money left over: its cost of %1 fitted in the %2 still left.</source>
        <translation>Financé avec l'argent restant : son coût de %1 tenait dans les %2 qui restaient.</translation>
    </message>
    <message>
        <source>Funded: with %1 votes (%2 points), its cost of %3 fitted in the %4 still left.</source>
        <translation>Financé : avec %1 voix (%2 points), son coût de %3 tenait dans les %4 qui restaient.</translation>
    </message>
    <message>
        <source>Funded: with %1 votes, its cost of %2 fitted in the %3 still left.</source>
        <translation>Financé : avec %1 voix, son coût de %2 tenait dans les %3 qui restaient.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, but only %2 was left when its turn came.</source>
        <translation>Non financé : il coûte %1, mais il ne restait que %2 quand son tour est venu.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, but its %2 supporters had only %3 left of their shares.</source>
        <translation>Non financé : il coûte %1, mais ses %2 soutiens n'avaient plus que %3 de leurs parts.</translation>
    </message>
    <message>
        <source>The %1 left over at the end was too little too.</source>
        <translation>Les %1 restés à la fin ne suffisaient pas non plus.</translation>
    </message>
    <message>
        <source>Every voter gets an equal share of the budget. A project is funded when its supporters can pay for it together from their shares.</source>
        <translation>Chaque votant reçoit une part égale du budget. Un projet est financé quand ses soutiens peuvent le payer ensemble avec leurs parts.</translation>
    </message>
    <message>
        <source>Money left over then goes to the next projects by votes.</source>
        <translation>L'argent qui reste va ensuite aux projets suivants, par nombre de voix.</translation>
    </message>
    <message>
        <source>Projects are funded in order of votes while the money lasts. A project that costs more than what is left is skipped, and the next one is tried.</source>
        <translation>Les projets sont financés par ordre de voix tant qu'il reste de l'argent. Un projet qui coûte plus que ce qui reste est passé, et on essaie le suivant.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Greedy: by votes while the money lasts</source>
        <translation>Gloutonne : par nombre de voix tant qu'il reste de l'argent</translation>
    </message>
    <message>
        <source>Equal Shares, then the money left by votes</source>
        <translation>Parts égales, puis l'argent restant par nombre de voix</translation>
    </message>
    <message>
        <source>Equal Shares alone</source>
        <translation>Parts égales seules</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Compter les voix</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Record these results…</source>
        <translation>Enregistrer ces résultats…</translation>
    </message>
    <message>
        <source>Choose a rule, then “Count the votes”: every project is shown here.</source>
        <translation>Choisissez une règle, puis « Compter les voix » : chaque projet s'affiche ici.</translation>
    </message>
    <message>
        <source>%1 (the edition's rule)</source>
        <translation>%1 (la règle de l'édition)</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>Et si : %1</translation>
    </message>
    <message>
        <source>The vote is not closed (current step: %1): ballots may still come in, so these counts can change. Results are recorded once the edition is at the Results step; recording earlier is an exception you confirm, kept in the audit log.</source>
        <translation>Le vote n'est pas clos (étape en cours : %1) : des bulletins peuvent encore arriver, ces décomptes peuvent donc changer. Les résultats s'enregistrent quand l'édition est à l'étape Résultats ; les enregistrer avant est une exception que vous confirmez, gardée dans le journal d'audit.</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk “%1” keeps %n ballot(s) that are not counted here: fewer than ten ballots cannot leave a kiosk without giving away how those children voted.</source>
        <translation>
            <numerusform>La borne « %1 » garde %n bulletin qui n’est pas compté ici : moins de dix bulletins ne peuvent quitter une borne sans trahir le vote de ces enfants.</numerusform>
            <numerusform>La borne « %1 » garde %n bulletins qui ne sont pas comptés ici : moins de dix bulletins ne peuvent quitter une borne sans trahir le vote de ces enfants.</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed kiosk</source>
        <translation>borne sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) wait in this computer's ballot box: they are counted once the vote is over, ten or more at a time.</source>
        <translation>
            <numerusform>%n bulletin attend dans l’urne de cet ordinateur : il sera compté une fois le vote terminé, par lots de dix ou plus.</numerusform>
            <numerusform>%n bulletins attendent dans l’urne de cet ordinateur : ils seront comptés une fois le vote terminé, par lots de dix ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>What if: this count uses another rule than the edition's (%1). It is for comparison only and cannot be recorded.</source>
        <translation>Et si : ce décompte suit une autre règle que celle de l'édition (%1). Il sert seulement à comparer et ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Count the votes first.</source>
        <translation>Comptez d'abord les voix.</translation>
    </message>
    <message>
        <source>A what-if count cannot be recorded: only the edition's rule (%1) can.</source>
        <translation>Un décompte « et si » ne peut pas être enregistré : seul celui de la règle de l'édition (%1) le peut.</translation>
    </message>
    <message>
        <source>The vote is not closed: recording now is an exception you confirm, kept in the audit log.</source>
        <translation>Le vote n'est pas clos : enregistrer maintenant est une exception que vous confirmez, gardée dans le journal d'audit.</translation>
    </message>
    <message>
        <source>The vote is not closed</source>
        <translation>Le vote n'est pas clos</translation>
    </message>
    <message>
        <source>The vote of this edition is not closed (current step: %1). Ballots may still come in, and they would not be in these results.

Recording now is an exception: the audit log keeps who recorded and when. Record anyway?</source>
        <translation>Le vote de cette édition n'est pas clos (étape en cours : %1). Des bulletins peuvent encore arriver, et ils ne seraient pas dans ces résultats.

Enregistrer maintenant est une exception : le journal d'audit garde qui a enregistré et quand. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Record these results</source>
        <translation>Enregistrer ces résultats</translation>
    </message>
    <message>
        <source>Record these results?

Rule: %1
Funded projects: %2
Ballots counted: %3

The funded projects are marked, and every machine gets the results at sync. A recording cannot be undone.</source>
        <translation>Enregistrer ces résultats ?

Règle : %1
Projets financés : %2
Bulletins comptés : %3

Les projets financés sont marqués, et chaque ordinateur reçoit les résultats à la synchronisation. Un enregistrement ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Not recorded: the vote is not closed. Count again, then confirm.</source>
        <translation>Non enregistré : le vote n'est pas clos. Comptez à nouveau, puis confirmez.</translation>
    </message>
    <message>
        <source>Not recorded: the ballots changed since this count (new ones arrived). Count again, then record.</source>
        <translation>Non enregistré : les bulletins ont changé depuis ce décompte (de nouveaux sont arrivés). Comptez à nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not recorded: only a count under the edition's rule can be recorded.</source>
        <translation>Non enregistré : seul un décompte selon la règle de l'édition peut être enregistré.</translation>
    </message>
    <message>
        <source>Keep this count for the record and mark the funded projects.</source>
        <translation>Conserver ce décompte et marquer les projets financés.</translation>
    </message>
    <message numerus="yes">
        <source>Alarm: in the batch “%1”, %n code(s) were used on two kiosks while they were offline.</source>
        <translation>
            <numerusform>Alarme : dans le lot « %1 », %n code a été utilisé sur deux bornes pendant qu’elles étaient hors ligne.</numerusform>
            <numerusform>Alarme : dans le lot « %1 », %n codes ont été utilisés sur deux bornes pendant qu’elles étaient hors ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every vote was kept: up to %n ballot(s) may have been added.</source>
        <translation>
            <numerusform>Tous les votes ont été gardés : jusqu’à %n bulletin a pu être ajouté.</numerusform>
            <numerusform>Tous les votes ont été gardés : jusqu’à %n bulletins ont pu être ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 funded · %2 spent of %3 · %4 left · %5 ballots</source>
        <translation>%1 financés · %2 dépensés sur %3 · %4 restants · %5 bulletins</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This edition no longer exists on this machine.</source>
        <translation>Cette édition n'existe plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Recorded. The funded projects are marked; other machines get it at sync.</source>
        <translation>Enregistré. Les projets financés sont marqués ; les autres machines le reçoivent à la synchronisation.</translation>
    </message>
</context>
<context>
    <name>SatisfactionChart</name>
    <message>
        <source>Satisfaction answers</source>
        <translation>Réponses de satisfaction</translation>
    </message>
    <message>
        <source>1 Very dissatisfied</source>
        <translation>1 Très insatisfait</translation>
    </message>
    <message>
        <source>2 Dissatisfied</source>
        <translation>2 Insatisfait</translation>
    </message>
    <message>
        <source>3 Satisfied</source>
        <translation>3 Satisfait</translation>
    </message>
    <message>
        <source>4 Very satisfied</source>
        <translation>4 Très satisfait</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>How Citizen Space is set up on this computer.</source>
        <translation>La configuration d'Espace Citoyens sur cet ordinateur.</translation>
    </message>
    <message>
        <source>For example: Saint-Quentin</source>
        <translation>Par exemple : Saint-Quentin</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>Shared by all the city's computers once they exchange their changes.</source>
        <translation>Commun à tous les ordinateurs de la ville dès qu'ils échangent leurs modifications.</translation>
    </message>
    <message>
        <source>Name of the city</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>Add a site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>For example: Reception desk 1</source>
        <translation>Par exemple : Guichet 1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>None (works on its own)</source>
        <translation>Aucun (fonctionne seul)</translation>
    </message>
    <message>
        <source>The folder on the city's file server, or a USB stick, through which the computers exchange their changes. Leave it empty if this computer works on its own: each computer keeps working without it.</source>
        <translation>Le dossier du serveur de fichiers de la ville, ou une clé USB, par lequel les ordinateurs échangent leurs modifications. Laissez-le vide si cet ordinateur fonctionne seul : chaque ordinateur continue de fonctionner sans lui.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>These settings belong to this computer only.</source>
        <translation>Ces paramètres ne concernent que cet ordinateur.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No site chosen</source>
        <translation>Aucun site choisi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Les paramètres sont enregistrés.</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Citizen Space.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage d'Espace Citoyens.</translation>
    </message>
    <message>
        <source>This folder cannot be reached right now. This computer keeps working on its own and will exchange its changes once the folder is back.</source>
        <translation>Ce dossier est inaccessible pour le moment. Cet ordinateur continue de fonctionner de manière autonome et échangera ses modifications dès que le dossier sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>This computer may not write to this folder. Ask the IT department for write access, so that this computer can send its changes.</source>
        <translation>Cet ordinateur n'est pas autorisé à écrire dans ce dossier. Demandez au service informatique un accès en écriture, afin que cet ordinateur puisse envoyer ses modifications.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>Rien n'a été enregistré. Veuillez corriger les éléments signalés ci-dessus.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The details are in the log file.</source>
        <translation>Les paramètres n'ont pas pu être enregistrés. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Enter the name of the city.</source>
        <translation>Saisissez le nom de la ville.</translation>
    </message>
    <message>
        <source>This name is too long: %1 characters at most.</source>
        <translation>Ce nom est trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Give this computer a name, for example “Reception desk 1”.</source>
        <translation>Donnez un nom à cet ordinateur, par exemple « Guichet 1 ».</translation>
    </message>
    <message>
        <source>This site does not exist any more. Choose another one.</source>
        <translation>Ce site n'existe plus. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose one of the languages in the list.</source>
        <translation>Choisissez l'une des langues de la liste.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose the folder itself.</source>
        <translation>Il s'agit d'un fichier, et non d'un dossier. Choisissez le dossier lui-même.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Your voting card</source>
        <translation>Ta carte de vote</translation>
    </message>
    <message>
        <source>Go to the voting kiosk.</source>
        <translation>Va à la borne de vote.</translation>
    </message>
    <message>
        <source>Show this card to the scanner, or type the code.</source>
        <translation>Montre cette carte au lecteur, ou tape le code.</translation>
    </message>
    <message>
        <source>Choose your projects.</source>
        <translation>Choisis tes projets.</translation>
    </message>
    <message>
        <source>Press “Yes, I vote!”.</source>
        <translation>Appuie sur « Oui, je vote ! ».</translation>
    </message>
    <message>
        <source>Voting slips</source>
        <translation>Cartes de vote</translation>
    </message>
</context>
<context>
    <name>StaffApp</name>
    <message>
        <source>Something went wrong. The details were saved in %1. Your data is safe.</source>
        <extracomment>Set by tests and tests/benchmarks/bench_startup.py: "shown" quits once the window is on screen, "ready" once its first page shows the data (printing its figures), "idle" once the work start-up leaves in the background (the daily anonymisation) is over too. How long after the figures show the other pages' modules start loading (`prefetch`).</extracomment>
        <translation>Une erreur s'est produite. Les détails ont été enregistrés dans %1. Vos données sont préservées.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Quitter sans rien modifier</translation>
    </message>
    <message>
        <source>%1

Citizen Space changed nothing in this file. Keep it, and ask your IT department for help.</source>
        <translation>%1

Espace Citoyens n'a rien modifié dans ce fichier. Conservez-le et demandez de l'aide à votre service informatique.</translation>
    </message>
    <message>
        <source>%1

A backup made on %2 can be put in its place. The damaged file will be kept beside it under another name, not deleted. What was recorded after the backup will be missing.

Restore the backup?</source>
        <translation>%1

Une sauvegarde effectuée le %2 peut le remplacer. Le fichier endommagé sera conservé à côté sous un autre nom, et non supprimé. Ce qui a été enregistré après la sauvegarde sera perdu.

Restaurer la sauvegarde ?</translation>
    </message>
    <message>
        <source>The backup could not be opened either: %1</source>
        <translation>La sauvegarde n'a pas pu être ouverte non plus : %1</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <extracomment>The overview's figures, read while opening (None for a demo city still to write). What `MainWindow.attach` needs, loaded while the database opens (modules only: no widget is made off the GUI thread).</extracomment>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Backing up the database before upgrading it…</source>
        <translation>Sauvegarde de la base de données avant sa mise à jour…</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>Mise à jour de la base de données…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version. This step cannot be interrupted: a database left half-upgraded could not be opened.</source>
        <translation>Mise à jour de la base de données pour cette version. Cette étape ne peut pas être interrompue : une base à moitié mise à jour ne pourrait plus être ouverte.</translation>
    </message>
    <message>
        <source>Anonymising expired data…</source>
        <translation>Anonymisation des données expirées…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Anonymisation cancelled: it will run at the next start.</source>
        <translation>Anonymisation annulée : elle se fera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Creating the demo city…</source>
        <translation>Création de la ville de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The demo city could not be created. The details are in the log file.</source>
        <translation>La ville de démonstration n'a pas pu être créée. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>The database could not be opened. The details are in the log file.</source>
        <extracomment>The database could not be opened, or the user stopped the opening. The event loop is over: what arrives now is only put away.</extracomment>
        <translation>La base de données n'a pas pu être ouverte. Les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <source>Site: …</source>
        <translation>Site : …</translation>
    </message>
    <message>
        <source>Computer: …</source>
        <translation>Ordinateur : …</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisation : …</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Site: not chosen</source>
        <translation>Site : non choisi</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Ordinateur : %1</translation>
    </message>
    <message>
        <source>Sync: the status could not be read (see the log)</source>
        <translation>Synchronisation : l'état n'a pas pu être lu (voir le journal)</translation>
    </message>
    <message>
        <source>Sync: no shared folder — everything is kept on this computer.</source>
        <translation>Synchronisation : aucun dossier partagé — tout est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Exchanging changes with the shared folder…</source>
        <translation>Échange des modifications avec le dossier partagé…</translation>
    </message>
    <message>
        <source>Last successful exchange: %1</source>
        <translation>Dernier échange réussi : %1</translation>
    </message>
    <message>
        <source>To exchange changes with the city's other computers, choose a shared folder in Settings.</source>
        <translation>Pour échanger les modifications avec les autres ordinateurs de la ville, choisissez un dossier partagé dans Paramètres.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Grade a mystery survey</source>
        <translation>Noter une enquête mystère</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Firm or person who made the survey</source>
        <translation>Cabinet ou personne ayant réalisé l'enquête</translation>
    </message>
    <message>
        <source>Sur&amp;veyor</source>
        <translation>&amp;Enquêteur</translation>
    </message>
    <message>
        <source>For each criterion: 1 met, 0 not met, Delete not observed; Tab for the next.</source>
        <translation>Pour chaque critère : 1 respecté, 0 non respecté, Suppr non observé ; Tab pour passer au suivant.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <source>%Ln damaged file(s) ignored</source>
        <translation>
            <numerusform>%Ln fichier abîmé ignoré</numerusform>
            <numerusform>%Ln fichiers abîmés ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged file(s) on the shared folder were ignored: nothing in them was applied. The computer that wrote them still has its changes and will send them again.</source>
        <translation>
            <numerusform>%Ln fichier abîmé du dossier partagé a été ignoré : rien de son contenu n'a été appliqué. L'ordinateur qui l'a écrit a toujours ses modifications et les enverra de nouveau.</numerusform>
            <numerusform>%Ln fichiers abîmés du dossier partagé ont été ignorés : rien de leur contenu n'a été appliqué. Les ordinateurs qui les ont écrits ont toujours leurs modifications et les enverront de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) of the shared folder left aside</source>
        <translation>
            <numerusform>%Ln élément du dossier partagé laissé de côté</numerusform>
            <numerusform>%Ln éléments du dossier partagé laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) of the shared folder could not be used and were left aside; everything else was exchanged. Ask the IT department to repair or remove:</source>
        <translation>
            <numerusform>%Ln élément du dossier partagé n'a pas pu être utilisé et a été laissé de côté ; tout le reste a été échangé. Demandez au service informatique de le réparer ou de le retirer :</numerusform>
            <numerusform>%Ln éléments du dossier partagé n'ont pas pu être utilisés et ont été laissés de côté ; tout le reste a été échangé. Demandez au service informatique de les réparer ou de les retirer :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) use a newer version of Citizen Space: their changes wait until this computer is upgraded.</source>
        <translation>
            <numerusform>%Ln ordinateur utilise une version plus récente d'Espace Citoyens : ses modifications attendent la mise à jour de cet ordinateur.</numerusform>
            <numerusform>%Ln ordinateurs utilisent une version plus récente d'Espace Citoyens : leurs modifications attendent la mise à jour de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some changes from %Ln computer(s) are not complete on the shared folder yet: they will be applied once the missing part arrives.</source>
        <translation>
            <numerusform>Des modifications de %Ln ordinateur ne sont pas encore complètes sur le dossier partagé : elles seront appliquées dès que la partie manquante arrivera.</numerusform>
            <numerusform>Des modifications de %Ln ordinateurs ne sont pas encore complètes sur le dossier partagé : elles seront appliquées dès que la partie manquante arrivera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflit à examiner</numerusform>
            <numerusform>%Ln conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be shared</source>
        <translation>
            <numerusform>%Ln modification en attente d'envoi</numerusform>
            <numerusform>%Ln modifications en attente d'envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>today at %1</source>
        <translation>aujourd'hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>No shared folder — everything is kept on this computer</source>
        <translation>Pas de dossier partagé — tout est conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Shared folder unreachable — everything is kept on this computer</source>
        <translation>Dossier partagé injoignable — tout est conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>The shared folder refuses our changes — they are kept on this computer</source>
        <translation>Le dossier partagé refuse nos modifications — elles sont conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>The shared folder needs a newer version of Citizen Space</source>
        <translation>Le dossier partagé demande une version plus récente d'Espace Citoyens</translation>
    </message>
    <message>
        <source>The shared folder is damaged — everything is kept on this computer</source>
        <translation>Dossier partagé endommagé — tout est conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>The last exchange failed — everything is kept on this computer</source>
        <translation>Le dernier échange a échoué — tout est conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database</source>
        <translation>Une autre synchronisation est en cours sur cette base de données</translation>
    </message>
    <message>
        <source>New computer — waiting for the shared folder's next snapshot</source>
        <translation>Nouvel ordinateur — en attente du prochain instantané du dossier partagé</translation>
    </message>
    <message>
        <source>No shared folder is chosen yet. Everything you record is kept on this computer; choose the shared folder in Settings to exchange changes with the other computers.</source>
        <translation>Aucun dossier partagé n'est encore choisi. Tout ce que vous enregistrez est conservé sur cet ordinateur ; choisissez le dossier partagé dans les Paramètres pour échanger les modifications avec les autres ordinateurs.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: the network is down, or the USB stick is not plugged in. Everything is kept on this computer and will be exchanged once the folder is back.</source>
        <translation>Le dossier partagé est injoignable : le réseau est coupé, ou la clé USB n'est pas branchée. Tout est conservé sur cet ordinateur et sera échangé dès que le dossier sera de retour.</translation>
    </message>
    <message>
        <source>The shared folder refused to save this computer's changes, even after several tries (access rights, full disk or antivirus). They are kept on this computer. If this lasts, ask the IT department.</source>
        <translation>Le dossier partagé a refusé d'enregistrer les modifications de cet ordinateur, même après plusieurs essais (droits d'accès, disque plein ou antivirus). Elles sont conservées sur cet ordinateur. Si cela dure, prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The shared folder is used by a newer version of Citizen Space. Install the new version on this computer to exchange changes again; until then, everything is kept here.</source>
        <translation>Le dossier partagé est utilisé par une version plus récente d'Espace Citoyens. Installez la nouvelle version sur cet ordinateur pour échanger de nouveau ; en attendant, tout est conservé ici.</translation>
    </message>
    <message>
        <source>The description file of the shared folder (FORMAT.json) cannot be read. Nothing was changed there. Ask the IT department to look at it.</source>
        <translation>Le fichier de description du dossier partagé (FORMAT.json) est illisible. Rien n'y a été modifié. Demandez au service informatique de le vérifier.</translation>
    </message>
    <message>
        <source>The exchange stopped on an unexpected error. Nothing was lost. The details are in the log file.</source>
        <translation>L'échange s'est arrêté sur une erreur inattendue. Rien n'a été perdu. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database (a scheduled task, or another window), and it went on for too long: this one stopped without changing anything. The next exchange will try again.</source>
        <translation>Une autre synchronisation est en cours sur cette base de données (une tâche planifiée ou une autre fenêtre) et elle a duré trop longtemps : celle-ci s'est arrêtée sans rien modifier. Le prochain échange réessaiera.</translation>
    </message>
    <message>
        <source>Another copy of this computer's database also exchanges with the shared folder (a cloned disk, or a file copied or put back by hand). From now on this computer exchanges under a name of its own; nothing was lost, and what it had not sent yet is sent now.</source>
        <translation>Une autre copie de la base de données de cet ordinateur échange aussi avec le dossier partagé (un disque cloné, ou un fichier copié ou remis en place à la main). Désormais, cet ordinateur échange sous un nom qui lui est propre ; rien n’a été perdu, et ce qu’il n’avait pas encore envoyé part maintenant.</translation>
    </message>
    <message>
        <source>This computer is new: it starts from the city's latest snapshot in the shared folder, but that snapshot is damaged or older than the changes left beside it, which no longer go back to the beginning. Nothing was applied, and this computer's own changes are kept. It starts on its own once another computer has synced (which publishes a new snapshot).</source>
        <translation>Cet ordinateur est nouveau : il part du dernier instantané de la ville dans le dossier partagé, mais cet instantané est endommagé ou plus ancien que les modifications restées à côté, qui ne remontent plus au début. Rien n'a été appliqué, et les modifications de cet ordinateur sont conservées. Il démarrera de lui-même dès qu'un autre ordinateur se sera synchronisé (ce qui publie un nouvel instantané).</translation>
    </message>
    <message>
        <source>Demo city — exchanged only with a demo shared folder</source>
        <translation>Ville de démonstration — échangée seulement avec un dossier partagé de démonstration</translation>
    </message>
    <message>
        <source>Demo shared folder — never used by a real city</source>
        <translation>Dossier partagé de démonstration — jamais utilisé par une vraie ville</translation>
    </message>
    <message>
        <source>The demo shared folder holds another demo city</source>
        <translation>Le dossier partagé de démonstration contient une autre ville de démonstration</translation>
    </message>
    <message>
        <source>This computer was retired — waiting for the next snapshot</source>
        <translation>Ordinateur retiré — en attente du prochain instantané</translation>
    </message>
    <message>
        <source>This is a demo city: it exchanges its changes only with a demo shared folder, never with a real city's, so that made-up people never reach the real ones. The folder chosen in Settings is not a demo shared folder: nothing was exchanged. To try the sync, the IT department makes one (see the README).</source>
        <translation>Ceci est une ville de démonstration : elle n'échange ses modifications qu'avec un dossier partagé de démonstration, jamais avec celui d'une vraie ville, pour que des personnes inventées ne rejoignent jamais les vraies. Le dossier choisi dans les Paramètres n'est pas un dossier partagé de démonstration : rien n'a été échangé. Pour essayer la synchronisation, le service informatique en crée un (voir le README).</translation>
    </message>
    <message>
        <source>The folder chosen in Settings is a demo shared folder, made to try the sync with demo cities: a real city's data never go there. Nothing was exchanged. Choose the city's own shared folder in Settings.</source>
        <translation>Le dossier choisi dans les Paramètres est un dossier partagé de démonstration, fait pour essayer la synchronisation avec des villes de démonstration : les données d'une vraie ville n'y vont jamais. Rien n'a été échangé. Choisissez le dossier partagé de la ville dans les Paramètres.</translation>
    </message>
    <message>
        <source>The demo shared folder holds another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make this demo city again like that one (the IT department knows how: see the README).</source>
        <translation>Le dossier partagé de démonstration contient une autre ville de démonstration (créée un autre jour, ou à partir d'autres fichiers de données) : rien n'a été échangé, pour ne pas mélanger deux villes de démonstration. Recréez cette ville de démonstration comme l'autre (le service informatique sait comment : voir le README).</translation>
    </message>
    <message>
        <source>An administrator retired this computer from the shared folder while it was away. What it had not sent yet has been sent. It starts again from the city's latest snapshot, so that nothing erased meanwhile comes back; no snapshot can serve it yet. It starts on its own once another computer has synced (which publishes a new snapshot).</source>
        <translation>Un administrateur a retiré cet ordinateur du dossier partagé pendant son absence. Ce qu’il n’avait pas encore envoyé l’a été. Il repart du dernier instantané de la ville, pour que rien de ce qui a été effacé entre-temps ne revienne ; aucun instantané ne peut encore servir. Il repartira de lui-même dès qu’un autre ordinateur se sera synchronisé (ce qui publie un nouvel instantané).</translation>
    </message>
    <message>
        <source>An administrator had retired this computer from the shared folder while it was away. It sent what it had not sent yet, then started again from the city's latest snapshot: it now holds what every other computer holds, and nothing erased meanwhile.</source>
        <translation>Un administrateur avait retiré cet ordinateur du dossier partagé pendant son absence. Il a envoyé ce qu’il n’avait pas encore envoyé, puis il est reparti du dernier instantané de la ville : il a maintenant ce qu’ont tous les autres ordinateurs, et plus rien de ce qui a été effacé entre-temps.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>ordinateur %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Council or group</source>
        <translation>Conseil ou groupe</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: a record arrived from another computer with the same identity as one here but different contents. The one here was kept unchanged; please check it (reference %2).</source>
        <translation>%1 : une fiche est arrivée d'un autre ordinateur avec la même identité qu'une fiche d'ici mais un contenu différent. Celle d'ici a été gardée telle quelle ; vérifiez-la (référence %2).</translation>
    </message>
    <message>
        <source>A voting code of the batch “%1” was used on two kiosks while they were offline. Both votes were kept: the results page says how many ballots this may have added.</source>
        <translation>Un code de vote du lot « %1 » a été utilisé sur deux bornes pendant qu’elles étaient hors ligne. Les deux votes ont été gardés : la page des résultats dit combien de bulletins cela a pu ajouter.</translation>
    </message>
    <message>
        <source>Changes to a kind of data this version does not know (%1) were set aside. Install the latest version of Citizen Space.</source>
        <translation>Des modifications d'un type de données que cette version ne connaît pas (%1) ont été mises de côté. Installez la dernière version d'Espace Citoyens.</translation>
    </message>
    <message>
        <source>Sync warning “%1” on %2 (reference %3).</source>
        <translation>Alerte de synchronisation « %1 » sur %2 (référence %3).</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Exchange changes with the city's other computers through the shared folder or a USB stick.</source>
        <translation>Échanger les modifications avec les autres ordinateurs de la ville par le dossier partagé ou une clé USB.</translation>
    </message>
    <message>
        <source>Change in Settings…</source>
        <translation>Modifier dans les Paramètres…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync, then remove the USB stick</source>
        <translation>Synchroniser puis retirer la clé</translation>
    </message>
    <message>
        <source>Also sends the ballots kept back until there are enough of them, then tells you when the stick can be removed.</source>
        <translation>Envoie aussi les bulletins mis en attente jusqu'à ce qu'ils soient assez nombreux, puis vous dit quand la clé peut être retirée.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affichée actuellement</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>No conflict: the computers agree on everything they exchanged.</source>
        <translation>Aucun conflit : les ordinateurs sont d'accord sur tout ce qu'ils ont échangé.</translation>
    </message>
    <message>
        <source>Two computers changed the same information without seeing each other's change. Choose the right value: your choice is sent to every computer at the next exchange.</source>
        <translation>Deux ordinateurs ont modifié la même information sans voir la modification de l'autre. Choisissez la bonne valeur : votre choix sera envoyé à tous les ordinateurs au prochain échange.</translation>
    </message>
    <message>
        <source>Computers seen</source>
        <translation>Ordinateurs connus</translation>
    </message>
    <message>
        <source>Retire this computer…</source>
        <translation>Retirer cet ordinateur…</translation>
    </message>
    <message>
        <source>For a computer that will not come back (lost, broken, replaced): the shared folder no longer keeps, for it, changes that the others have all received, nor the names erased since.</source>
        <translation>Pour un ordinateur qui ne reviendra pas (perdu, en panne, remplacé) : le dossier partagé ne garde plus pour lui les modifications que tous les autres ont reçues, ni les noms effacés depuis.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Dossier partagé : %1</translation>
    </message>
    <message>
        <source>No shared folder is chosen yet: everything is kept on this computer. Choose one in Settings to exchange changes with the other computers.</source>
        <translation>Aucun dossier partagé n'est encore choisi : tout est conservé sur cet ordinateur. Choisissez-en un dans les Paramètres pour échanger les modifications avec les autres ordinateurs.</translation>
    </message>
    <message>
        <source>No successful exchange yet.</source>
        <translation>Aucun échange réussi pour l'instant.</translation>
    </message>
    <message>
        <source>Last successful exchange: %1</source>
        <translation>Dernier échange réussi : %1</translation>
    </message>
    <message>
        <source>Everything recorded on this computer has been shared.</source>
        <translation>Tout ce qui a été enregistré sur cet ordinateur a été partagé.</translation>
    </message>
    <message>
        <source>Last attempt: %1.</source>
        <translation>Dernière tentative : %1.</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflits à examiner (%1)</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Saisie sur %1</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Garder « %1 »</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Retire %1 from the shared folder? Do this only for a computer that will not come back. The shared folder will no longer keep, for it, what the others have all received. If it comes back all the same, it first sends what it had not sent, then starts again from the city's latest snapshot.</source>
        <translation>Retirer %1 du dossier partagé ? À faire seulement pour un ordinateur qui ne reviendra pas. Le dossier partagé ne gardera plus pour lui ce que tous les autres ont reçu. S’il revient malgré tout, il envoie d’abord ce qu’il n’avait pas envoyé, puis repart du dernier instantané de la ville.</translation>
    </message>
    <message>
        <source>%1 is retired. The other computers take it into account at their next exchange.</source>
        <translation>%1 est retiré. Les autres ordinateurs en tiennent compte à leur prochain échange.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: nothing was changed. Try again when it is.</source>
        <translation>Le dossier partagé est inaccessible : rien n’a été modifié. Réessayez quand il le sera.</translation>
    </message>
    <message>
        <source>The computer could not be retired. The details are in the log file.</source>
        <translation>L’ordinateur n’a pas pu être retiré. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Échange en cours…</translation>
    </message>
    <message>
        <source>Writing to the USB stick… Do not remove it yet.</source>
        <translation>Écriture sur la clé USB… Ne la retirez pas encore.</translation>
    </message>
    <message>
        <source>You can safely remove the USB stick.</source>
        <translation>Vous pouvez retirer la clé USB en toute sécurité.</translation>
    </message>
    <message>
        <source>The exchange did not go through (see above).</source>
        <translation>L'échange n'a pas abouti (voir ci-dessus).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) of this computer are not on the stick yet. Sync again.</source>
        <translation>
            <numerusform>%Ln modification de cet ordinateur n'est pas encore sur la clé. Synchronisez de nouveau.</numerusform>
            <numerusform>%Ln modifications de cet ordinateur ne sont pas encore sur la clé. Synchronisez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not remove the USB stick yet. %1</source>
        <translation>Ne retirez pas encore la clé USB. %1</translation>
    </message>
    <message>
        <source>“%1” is kept for %2. The other computers will follow at the next exchange.</source>
        <translation>« %1 » est gardé pour %2. Les autres ordinateurs suivront au prochain échange.</translation>
    </message>
    <message>
        <source>Your choice could not be saved. The details are in the log file.</source>
        <translation>Votre choix n'a pas pu être enregistré. Les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>Served within the target wait, by month</source>
        <translation>Reçus dans le délai d'attente cible, par mois</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Sous l'objectif</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <extracomment>Work shorter than this never shows the strip. Where the work runs (a test may give its own pool).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Give the theme a name</source>
        <translation>Donnez un nom au thème</translation>
    </message>
    <message>
        <source>The name is too long: 120 characters at most</source>
        <translation>Le nom est trop long : 120 caractères au maximum</translation>
    </message>
    <message>
        <source>Too many keywords: 400 characters at most</source>
        <translation>Trop de mots-clés : 400 caractères au maximum</translation>
    </message>
    <message>
        <source>A theme of this name already exists here</source>
        <translation>Un thème de ce nom existe déjà ici</translation>
    </message>
    <message>
        <source>This theme no longer exists (changed on another computer)</source>
        <translation>Ce thème n'existe plus (modifié sur un autre ordinateur)</translation>
    </message>
    <message>
        <source>Themes have two levels: a sub-theme cannot hold sub-themes</source>
        <translation>Les thèmes ont deux niveaux : un sous-thème ne peut pas contenir de sous-thèmes</translation>
    </message>
    <message>
        <source>This theme has sub-themes: it stays at the top level</source>
        <translation>Ce thème a des sous-thèmes : il reste au premier niveau</translation>
    </message>
    <message>
        <source>A theme cannot be its own sub-theme</source>
        <translation>Un thème ne peut pas être son propre sous-thème</translation>
    </message>
    <message>
        <source>Visit themes</source>
        <extracomment>The refusals that are about the theme's name, and those about where it stands.</extracomment>
        <translation>Thèmes des visites</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>Nouveau sous-thème</translation>
    </message>
    <message>
        <source>Words a receptionist might type</source>
        <translation>Mots qu'un agent d'accueil pourrait taper</translation>
    </message>
    <message>
        <source>In use (offered at the desk)</source>
        <translation>Utilisé (proposé au guichet)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Save the theme</source>
        <translation>Enregistrer le thème</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (non utilisé)</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par courriel</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Par courrier</translation>
    </message>
    <message>
        <source>By text message (SMS)</source>
        <translation>Par SMS</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Did not wish to be told</source>
        <translation>N'a pas souhaité être informé</translation>
    </message>
    <message>
        <source>This step is not possible from the ticket's current status.</source>
        <translation>Cette étape n'est pas possible depuis le statut actuel de la fiche.</translation>
    </message>
    <message>
        <source>Say why the ticket is rejected: the citizen will be told.</source>
        <translation>Indiquez pourquoi la fiche est rejetée : l'usager en sera informé.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This category does not exist (any more): choose another one.</source>
        <translation>Cette catégorie n'existe pas (ou plus) : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This category is no longer in use: choose another one.</source>
        <translation>Cette catégorie n'est plus utilisée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory: choose another one.</source>
        <translation>Ce service n'est plus dans l'annuaire : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one.</source>
        <translation>Ce site n'existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The visit this ticket follows up no longer exists.</source>
        <translation>La visite à l'origine de cette fiche n'existe plus.</translation>
    </message>
    <message>
        <source>A latitude is between -90 and 90 (Saint-Quentin: about 49.85).</source>
        <translation>Une latitude est comprise entre -90 et 90 (Saint-Quentin : environ 49,85).</translation>
    </message>
    <message>
        <source>A longitude is between -180 and 180 (Saint-Quentin: about 3.29).</source>
        <translation>Une longitude est comprise entre -180 et 180 (Saint-Quentin : environ 3,29).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indiquez à la fois la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.fr).</source>
        <translation>Ce n'est pas une adresse de courriel valide (exemple : nom@exemple.fr).</translation>
    </message>
    <message>
        <source>This is not a valid phone number (example: 06 12 34 56 78).</source>
        <translation>Ce n'est pas un numéro de téléphone valide (exemple : 06 12 34 56 78).</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG picture.</source>
        <translation>La photo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The photo is too big: 5 MB at most.</source>
        <translation>La photo est trop lourde : 5 Mo au maximum.</translation>
    </message>
    <message>
        <source>This photo could not be opened: the file is damaged or is not really a picture. Choose another PNG or JPEG file.</source>
        <translation>Cette photo n'a pas pu être ouverte : le fichier est abîmé ou n'est pas vraiment une image. Choisissez un autre fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Name the competent body the request is forwarded to.</source>
        <translation>Indiquez l'organisme compétent auquel la demande est transmise.</translation>
    </message>
    <message>
        <source>This service belongs to the City: a request outside the City's competence goes to another body.</source>
        <translation>Ce service dépend de la Ville : une demande hors compétence de la Ville est transmise à un autre organisme.</translation>
    </message>
    <message>
        <source>The request was forwarded outside the City's competence: record that the citizen was told (article L114-2) before closing it.</source>
        <translation>La demande a été transmise hors compétence de la Ville : enregistrez que l'usager en a été informé (article L114-2) avant de la clôturer.</translation>
    </message>
    <message>
        <source>The citizen cannot have been told before the ticket was opened.</source>
        <translation>L'usager ne peut pas avoir été informé avant l'ouverture de la fiche.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>A code is made of letters, digits, dots, dashes or underscores, no spaces.</source>
        <translation>Un code se compose de lettres, de chiffres, de points, de tirets ou de tirets bas, sans espace.</translation>
    </message>
    <message>
        <source>Another category has this code.</source>
        <translation>Une autre catégorie a déjà ce code.</translation>
    </message>
    <message>
        <source>Another category has this name.</source>
        <translation>Une autre catégorie a déjà ce nom.</translation>
    </message>
    <message>
        <source>The delay is between 1 and 365 days.</source>
        <translation>Le délai est compris entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>This is not a number (example: 49,8465).</source>
        <translation>Ce n'est pas un nombre (exemple : 49,8465).</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>All tickets</source>
        <extracomment>The due date of a ticket that is late. Pause after the last key typed in the search before reading the list again. Which columns give way first when the list is narrow (0: never), in each tab.</extracomment>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Finds the tickets with all these words in their category, description, address or service, accents and capitals aside (Ctrl+F)</source>
        <translation>Trouve les fiches qui ont tous ces mots dans leur catégorie, leur description, leur adresse ou leur service, sans tenir compte des accents ni des majuscules (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Fiches ouvertes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nouveau signalement…</translation>
    </message>
    <message>
        <source>A new Allô mairie report (Ctrl+N)</source>
        <translation>Un nouveau signalement Allô mairie (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <source>Export Open311…</source>
        <translation>Exporter en Open311…</translation>
    </message>
    <message>
        <source>Tickets in the Open311 GeoReport v2 shape, JSON or CSV. Descriptions and addresses are exported; the staff's notes only if you ask; the citizens' contacts never are.</source>
        <translation>Les fiches au format Open311 GeoReport v2, en JSON ou CSV. Les descriptions et les adresses sont exportées ; les notes des agents, seulement si vous le demandez ; les coordonnées des usagers, jamais.</translation>
    </message>
    <message>
        <source>Opened</source>
        <extracomment>The order each column sorts by, in the database.</extracomment>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Citizen told</source>
        <translation>Usager informé</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Citizen &amp;informed…</source>
        <translation>Usager &amp;informé…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to see it here.</source>
        <translation>Choisissez une fiche dans la liste pour l'afficher ici.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) overdue</source>
        <translation>
            <numerusform>%n fiche en retard</numerusform>
            <numerusform>%n fiches en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket here has these words.</source>
        <translation>Aucune fiche de cette liste ne contient ces mots.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Words, address, service…</source>
        <translation>Mots, adresse, service…</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Aucun retard.</translation>
    </message>
    <message>
        <source>No ticket here. A follow-up is opened from a visit at the desk, or with "New report…" for an Allô mairie call.</source>
        <translation>Aucune fiche ici. Une fiche de suivi s'ouvre depuis une visite au guichet, ou avec « Nouveau signalement… » pour un appel Allô mairie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (closed on %2)</source>
        <translation>%1 (clôturée le %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) late</source>
        <translation>
            <numerusform>%1 — %n jour de retard</numerusform>
            <numerusform>%1 — %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — outside the City's competence, forwarded on %2</source>
        <translation>%1 — hors compétence de la Ville, transmise le %2</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Forwarded outside the City's competence: the citizen must be told where the request went (article L114-2 of the Code des relations entre le public et l'administration).</source>
        <translation>Transmise hors compétence de la Ville : l'usager doit être informé de l'organisme destinataire de sa demande (article L114-2 du Code des relations entre le public et l'administration).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>the ticket left this list; see "All statuses"</source>
        <translation>la fiche a quitté cette liste ; voir « Tous les statuts »</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Cette fiche n'existe plus.</translation>
    </message>
    <message>
        <source>Reject the ticket</source>
        <translation>Rejeter la fiche</translation>
    </message>
    <message>
        <source>Why is it rejected? The citizen will be told this reason.</source>
        <translation>Pourquoi est-elle rejetée ? Ce motif sera communiqué à l'usager.</translation>
    </message>
    <message>
        <source>This ticket no longer exists: it may have been removed elsewhere.</source>
        <translation>Cette fiche n'existe plus : elle a peut-être été supprimée depuis un autre poste.</translation>
    </message>
    <message>
        <source>Export Open311</source>
        <translation>Exporter en Open311</translation>
    </message>
    <message>
        <source>Open311 JSON (*.json)</source>
        <translation>Fichier JSON Open311 (*.json)</translation>
    </message>
    <message>
        <source>Open311 CSV (*.csv)</source>
        <translation>Fichier CSV Open311 (*.csv)</translation>
    </message>
    <message>
        <source>Copying the photos: %1 of %2</source>
        <translation>Copie des photos : %1 sur %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossible d'écrire le fichier : %1</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>L'export a été annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Exporting the tickets and their photos…</source>
        <translation>Export des fiches et de leurs photos…</translation>
    </message>
    <message>
        <source>Open311 export</source>
        <translation>Exportation Open311</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exported.</source>
        <translation>
            <numerusform>%n fiche exportée.</numerusform>
            <numerusform>%n fiches exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <source>Date</source>
        <extracomment>Pause after the last filter change before reading the log again.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Competent service</source>
        <translation>Service compétent</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>VisitLogView</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 visits match these filters</source>
        <translation>%1 visites correspondent à ces filtres</translation>
    </message>
</context>
<context>
    <name>VotesChart</name>
    <message>
        <source>Votes per project</source>
        <translation>Voix par projet</translation>
    </message>
</context>
<context>
    <name>WaitChart</name>
    <message>
        <source>Waiting time by month (minutes)</source>
        <extracomment>The share of in-person visits served within the target wait the office aims for. Height of a chart's plot, under its title and legend.</extracomment>
        <translation>Temps d'attente par mois (minutes)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>WorkIndicator</name>
    <message>
        <source>Cancel</source>
        <extracomment>Background work shorter than this shows nothing: a bar that flashes is noise.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
</TS>
