<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddSiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <source>For example: Europe social centre</source>
        <translation>For example: Europe social centre</translation>
    </message>
    <message>
        <source>Name of the site</source>
        <translation>Name of the site</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <source>Tick one project.</source>
        <translation>Tick one project.</translation>
    </message>
    <message>
        <source>Tick projects that cost %1 at most in all.</source>
        <translation>Tick projects that cost %1 at most in all.</translation>
    </message>
    <message>
        <source>Tick up to %1 projects.</source>
        <translation>Tick up to %1 projects.</translation>
    </message>
    <message>
        <source>Ballot paper</source>
        <translation>Ballot paper</translation>
    </message>
    <message>
        <source>Put a cross in the box of each project you choose.</source>
        <translation>Put a cross in the box of each project you choose.</translation>
    </message>
    <message>
        <source>Do not write your name.</source>
        <translation>Do not write your name.</translation>
    </message>
    <message>
        <source>Fold your ballot paper and put it in the ballot box.</source>
        <translation>Fold your ballot paper and put it in the ballot box.</translation>
    </message>
    <message>
        <source>Ballot number</source>
        <translation>Ballot number</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paper ballots</translation>
    </message>
</context>
<context>
    <name>BudgetForms</name>
    <message>
        <source>This field is required</source>
        <extracomment>Translation context of the refusals' texts (shared by both forms).</extracomment>
        <translation>This field is required</translation>
    </message>
    <message>
        <source>Enter an amount above 0 €</source>
        <translation>Enter an amount above 0 €</translation>
    </message>
    <message>
        <source>This amount is too large: check the number of zeros</source>
        <translation>This amount is too large: check the number of zeros</translation>
    </message>
    <message>
        <source>Enter a year between 2000 and 2100</source>
        <translation>Enter a year between 2000 and 2100</translation>
    </message>
    <message>
        <source>Say how many projects a child may choose: 1 or more</source>
        <translation>Say how many projects a child may choose: 1 or more</translation>
    </message>
    <message>
        <source>This date comes before the date of an earlier step</source>
        <translation>This date comes before the date of an earlier step</translation>
    </message>
    <message>
        <source>Say why the project is not eligible: the children who proposed it will be told</source>
        <translation>Say why the project is not eligible: the children who proposed it will be told</translation>
    </message>
    <message>
        <source>This looks like a child's full name. Write first names only (Léa, Tom) or the group's name (CM2 class)</source>
        <translation>This looks like a child's full name. Write first names only (Léa, Tom) or the group's name (CM2 class)</translation>
    </message>
    <message>
        <source>The places on the ballot start at 1</source>
        <translation>The places on the ballot start at 1</translation>
    </message>
    <message>
        <source>A site ticked here no longer exists (deleted meanwhile): check the list</source>
        <translation>A site ticked here no longer exists (deleted meanwhile): check the list</translation>
    </message>
    <message>
        <source>Children have already voted: this can no longer change</source>
        <translation>Children have already voted: this can no longer change</translation>
    </message>
    <message>
        <source>This picture is larger than 5 MB: choose a smaller one</source>
        <translation>This picture is larger than 5 MB: choose a smaller one</translation>
    </message>
    <message>
        <source>This file is not a picture we can show: choose a PNG, JPEG or SVG file</source>
        <translation>This file is not a picture we can show: choose a PNG, JPEG or SVG file</translation>
    </message>
    <message>
        <source>This picture could not be opened: the file is damaged or is not really a picture. Choose another PNG, JPEG or SVG file</source>
        <translation>This picture could not be opened: the file is damaged or is not really a picture. Choose another PNG, JPEG or SVG file</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <extracomment>Longest text each field of the edition form accepts, to say so when it is too long. The same for the project form.</extracomment>
        <translation>This text is too long</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>This text is too long: %1 characters at most</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Children's participatory budget</source>
        <translation>Children's participatory budget</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation>New edition…</translation>
    </message>
    <message>
        <source>No edition yet. Create the year's edition with “New edition…”: its budget, its dates and how children vote; then add the projects.</source>
        <translation>No edition yet. Create the year's edition with “New edition…”: its budget, its dates and how children vote; then add the projects.</translation>
    </message>
    <message>
        <source>No edition yet.</source>
        <translation>No edition yet.</translation>
    </message>
    <message>
        <source>Codes printed</source>
        <translation>Codes printed</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Codes used</translation>
    </message>
    <message>
        <source>Ballots at kiosks, with a code</source>
        <translation>Ballots at kiosks, with a code</translation>
    </message>
    <message>
        <source>Ballots at kiosks, unlocked by staff</source>
        <translation>Ballots at kiosks, unlocked by staff</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paper ballots</translation>
    </message>
    <message>
        <source>Ballots in all</source>
        <translation>Ballots in all</translation>
    </message>
    <message>
        <source>Voting code batches</source>
        <translation>Voting code batches</translation>
    </message>
    <message>
        <source>Supervisors' PIN…</source>
        <translation>Supervisors' PIN…</translation>
    </message>
    <message>
        <source>Kiosks ask for this PIN to close (Ctrl+Alt+Q); where no codes were printed, an adult also unlocks each vote with it.</source>
        <translation>Kiosks ask for this PIN to close (Ctrl+Alt+Q); where no codes were printed, an adult also unlocks each vote with it.</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>New batch…</translation>
    </message>
    <message>
        <source>Print the slips…</source>
        <translation>Print the slips…</translation>
    </message>
    <message>
        <source>The selected batch's voting slips, as PDF</source>
        <translation>The selected batch's voting slips, as PDF</translation>
    </message>
    <message>
        <source>Print paper ballots…</source>
        <translation>Print paper ballots…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kiosk or site</source>
        <translation>Kiosk or site</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message numerus="yes">
        <source>Alarm: %n use(s) of a code already used (on two kiosks offline). Each may have added a ballot: see the results page for the batches.</source>
        <translation>
            <numerusform>Alarm: %n use of a code already used (on two kiosks offline). It may have added a ballot: see the results page for the batch.</numerusform>
            <numerusform>Alarm: %n uses of codes already used (on two kiosks offline). Each may have added a ballot: see the results page for the batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) wait in this machine's ballot box: they leave it in batches of ten or more, the last ones when the vote is over.</source>
        <translation>
            <numerusform>%n ballot waits in this machine's ballot box: ballots leave it in batches of ten or more, the last ones when the vote is over.</numerusform>
            <numerusform>%n ballots wait in this machine's ballot box: they leave it in batches of ten or more, the last ones when the vote is over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballots with a code and codes used differ: a machine has not exchanged its votes yet.</source>
        <translation>Ballots with a code and codes used differ: a machine has not exchanged its votes yet.</translation>
    </message>
    <message>
        <source>Any kiosk</source>
        <translation>Any kiosk</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>not printed</translation>
    </message>
    <message numerus="yes">
        <source>Making %n voting code(s)…</source>
        <translation>
            <numerusform>Making %n voting code…</numerusform>
            <numerusform>Making %n voting codes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting code(s) made. Print their slips on this computer.</source>
        <translation>
            <numerusform>%n voting code made. Print its slip on this computer.</numerusform>
            <numerusform>%n voting codes made. Print their slips on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new PIN works on every kiosk after its next sync.</source>
        <translation>The new PIN works on every kiosk after its next sync.</translation>
    </message>
    <message>
        <source>Select a batch in the list first.</source>
        <translation>Select a batch in the list first.</translation>
    </message>
    <message>
        <source>Save the voting slips</source>
        <translation>Save the voting slips</translation>
    </message>
    <message>
        <source>voting-slips.pdf</source>
        <translation>voting-slips.pdf</translation>
    </message>
    <message>
        <source>How many ballots?</source>
        <translation>How many ballots?</translation>
    </message>
    <message>
        <source>Save the paper ballots</source>
        <translation>Save the paper ballots</translation>
    </message>
    <message>
        <source>paper-ballots.pdf</source>
        <translation>paper-ballots.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>This batch can only be printed on the computer that made it: no other machine holds what makes its codes.</source>
        <translation>This batch can only be printed on the computer that made it: no other machine holds what makes its codes.</translation>
    </message>
    <message>
        <source>The projects do not fit on one ballot page: shorten their texts.</source>
        <translation>The projects do not fit on one ballot page: shorten their texts.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1 could not be written (%2). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Ticket categories</source>
        <translation>Ticket categories</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Delay</translation>
    </message>
    <message>
        <source>Default &amp;service</source>
        <translation>Default &amp;service</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file</source>
        <translation>database file</translation>
    </message>
    <message>
        <source>language of messages (default: French)</source>
        <translation>language of messages (default: French)</translation>
    </message>
    <message>
        <source>Citizen Space: the participation office's desk, kiosk and printed page.</source>
        <translation>Citizen Space: the participation office's desk, kiosk and printed page.</translation>
    </message>
    <message>
        <source>open a demo city (created if needed)</source>
        <translation>open a demo city (created if needed)</translation>
    </message>
    <message>
        <source>render the main window to a PNG file and exit</source>
        <translation>render the main window to a PNG file and exit</translation>
    </message>
    <message>
        <source>write a demo city into a new database</source>
        <translation>write a demo city into a new database</translation>
    </message>
    <message>
        <source>1 = a year of a 55,000-inhabitant city (about 20,000 visits)</source>
        <translation>1 = a year of a 55,000-inhabitant city (about 20,000 visits)</translation>
    </message>
    <message>
        <source>another number gives another city (default: 2026)</source>
        <translation>another number gives another city (default: 2026)</translation>
    </message>
    <message>
        <source>the demo's reference date (default: today)</source>
        <translation>the demo's reference date (default: today)</translation>
    </message>
    <message>
        <source>check, back up or upgrade a database</source>
        <translation>check, back up or upgrade a database</translation>
    </message>
    <message>
        <source>check a database without changing it</source>
        <translation>check a database without changing it</translation>
    </message>
    <message>
        <source>complete (slower) integrity check</source>
        <translation>complete (slower) integrity check</translation>
    </message>
    <message>
        <source>make a backup copy now</source>
        <translation>make a backup copy now</translation>
    </message>
    <message>
        <source>folder for the copy (default: 'backups' beside the database)</source>
        <translation>folder for the copy (default: 'backups' beside the database)</translation>
    </message>
    <message>
        <source>bring the database to this version's schema (after a backup)</source>
        <translation>bring the database to this version's schema (after a backup)</translation>
    </message>
    <message>
        <source>import people from a spreadsheet</source>
        <translation>import people from a spreadsheet</translation>
    </message>
    <message>
        <source>import a CSV file (French Excel ';' or ','), all or nothing</source>
        <translation>import a CSV file (French Excel ';' or ','), all or nothing</translation>
    </message>
    <message>
        <source>print every synced record, sorted: converged replicas print the same bytes</source>
        <translation>print every synced record, sorted: converged replicas print the same bytes</translation>
    </message>
    <message>
        <source>open the children's voting kiosk (full screen)</source>
        <translation>open the children's voting kiosk (full screen)</translation>
    </message>
    <message>
        <source>open the demo city's kiosk (created if needed)</source>
        <translation>open the demo city's kiosk (created if needed)</translation>
    </message>
    <message>
        <source>render the kiosk to a PNG file and exit</source>
        <translation>render the kiosk to a PNG file and exit</translation>
    </message>
    <message>
        <source>in a window rather than full screen</source>
        <translation>in a window rather than full screen</translation>
    </message>
    <message>
        <source>children's participatory budget</source>
        <translation>children's participatory budget</translation>
    </message>
    <message>
        <source>list the voting code batches</source>
        <translation>list the voting code batches</translation>
    </message>
    <message>
        <source>as JSON, for scripts</source>
        <translation>as JSON, for scripts</translation>
    </message>
    <message>
        <source>count a pabulib .pb file: funded projects, cost, and why</source>
        <translation>count a pabulib .pb file: funded projects, cost, and why</translation>
    </message>
    <message>
        <source>greedy by votes (default) or the Method of Equal Shares</source>
        <translation>greedy by votes (default) or the Method of Equal Shares</translation>
    </message>
    <message>
        <source>Equal Shares without the add-one completion</source>
        <translation>Equal Shares without the add-one completion</translation>
    </message>
    <message>
        <source>create an edition, its projects and ballots from a pabulib .pb file</source>
        <translation>create an edition, its projects and ballots from a pabulib .pb file</translation>
    </message>
    <message>
        <source>write an edition's projects and ballots as a pabulib .pb file</source>
        <translation>write an edition's projects and ballots as a pabulib .pb file</translation>
    </message>
    <message>
        <source>print a batch's voting slips to a PDF file</source>
        <translation>print a batch's voting slips to a PDF file</translation>
    </message>
    <message>
        <source>print paper ballots to a PDF file</source>
        <translation>print paper ballots to a PDF file</translation>
    </message>
    <message>
        <source>how many ballots (default: 50)</source>
        <translation>how many ballots (default: 50)</translation>
    </message>
    <message>
        <source>exchange changes with the central share once, and print a summary</source>
        <translation>exchange changes with the central share once, and print a summary</translation>
    </message>
    <message>
        <source>the central share folder (server or USB stick)</source>
        <translation>the central share folder (server or USB stick)</translation>
    </message>
    <message>
        <source>how long to wait for another synchronisation of the same database to end (default: 60)</source>
        <translation>how long to wait for another synchronisation of the same database to end (default: 60)</translation>
    </message>
    <message>
        <source>not a number of seconds: %1</source>
        <translation>not a number of seconds: %1</translation>
    </message>
    <message>
        <source>Missing --db PATH: which database file?</source>
        <translation>Missing --db PATH: which database file?</translation>
    </message>
    <message>
        <source>The scale must be above 0 and at most 100.</source>
        <translation>The scale must be above 0 and at most 100.</translation>
    </message>
    <message>
        <source>%1 already holds data: the demo city is only written into a new database.</source>
        <translation>%1 already holds data: the demo city is only written into a new database.</translation>
    </message>
    <message>
        <source>The demo city could not be written to %1: %2</source>
        <translation>The demo city could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Demo city written to %1: %2 people, %3 events, %4 visits.</source>
        <translation>Demo city written to %1: %2 people, %3 events, %4 visits.</translation>
    </message>
    <message>
        <source>OK: %1 is sound; schema %2 will be upgraded when the application opens it.</source>
        <translation>OK: %1 is sound; schema %2 will be upgraded when the application opens it.</translation>
    </message>
    <message>
        <source>OK: %1 is a sound Citizen Space database (schema %2).</source>
        <translation>OK: %1 is a sound Citizen Space database (schema %2).</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation>%1 is already up to date.</translation>
    </message>
    <message>
        <source>%1 upgraded from schema %2 to %3; backup kept at %4.</source>
        <translation>%1 upgraded from schema %2 to %3; backup kept at %4.</translation>
    </message>
    <message>
        <source>(problems found: more than %1; nothing was imported)</source>
        <translation>(problems found: more than %1; nothing was imported)</translation>
    </message>
    <message>
        <source>(problems found: %1 in all; nothing was imported)</source>
        <translation>(problems found: %1 in all; nothing was imported)</translation>
    </message>
    <message>
        <source>People imported from %1: %2.</source>
        <translation>People imported from %1: %2.</translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation>(nothing was imported)</translation>
    </message>
    <message>
        <source>This command is not valid (%1). See: %2 --help</source>
        <translation>This command is not valid (%1). See: %2 --help</translation>
    </message>
    <message>
        <source>The backup could not be written into %1: check that it is a folder this computer can write to, with enough free space.</source>
        <translation>The backup could not be written into %1: check that it is a folder this computer can write to, with enough free space.</translation>
    </message>
    <message>
        <source>Already in the register, skipped: %1.</source>
        <translation>Already in the register, skipped: %1.</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database (%1): this one waited %2 seconds, then stopped without changing anything. Run it again once the other one is over.</source>
        <translation>Another synchronisation is running on this database (%1): this one waited %2 seconds, then stopped without changing anything. Run it again once the other one is over.</translation>
    </message>
    <message>
        <source>%1 is new and cannot start from the share's snapshot (%2), and the oldest segments were compacted away: nothing was applied. Another computer's next sync publishes a new snapshot; try again then.</source>
        <translation>%1 is new and cannot start from the share's snapshot (%2), and the oldest segments were compacted away: nothing was applied. Another computer's next sync publishes a new snapshot; try again then.</translation>
    </message>
    <message>
        <source>The central share %1 cannot be used now: %2. Nothing was lost.</source>
        <translation>The central share %1 cannot be used now: %2. Nothing was lost.</translation>
    </message>
    <message>
        <source>first make DIR (empty or new) a demo shared folder for this demo city, to try the sync with demo cities made alike; a real city never uses it</source>
        <translation>first make DIR (empty or new) a demo shared folder for this demo city, to try the sync with demo cities made alike; a real city never uses it</translation>
    </message>
    <message>
        <source>New database: started from the share's snapshot %1.</source>
        <translation>New database: started from the share's snapshot %1.</translation>
    </message>
    <message>
        <source>New database: the share's snapshot could not be used (%1); following the segments instead.</source>
        <translation>New database: the share's snapshot could not be used (%1); following the segments instead.</translation>
    </message>
    <message>
        <source>Segments written: %1, applied: %2, rejected: %3; changes applied: %4; conflicts to review: %5; devices seen: %6.</source>
        <translation>Segments written: %1, applied: %2, rejected: %3; changes applied: %4; conflicts to review: %5; devices seen: %6.</translation>
    </message>
    <message>
        <source>Another copy of this database also exchanges with the share (a cloned disk, or a file copied or put back by hand): this one now exchanges as a device of its own. Nothing was lost. Seen in: %1</source>
        <translation>Another copy of this database also exchanges with the share (a cloned disk, or a file copied or put back by hand): this one now exchanges as a device of its own. Nothing was lost. Seen in: %1</translation>
    </message>
    <message>
        <source>Share upkeep: snapshot published: %1; segments removed: %2.</source>
        <translation>Share upkeep: snapshot published: %1; segments removed: %2.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>Left aside on the shared folder (everything else was exchanged):</source>
        <translation>Left aside on the shared folder (everything else was exchanged):</translation>
    </message>
    <message>
        <source>%1 is a demo shared folder, made to try the sync with demo cities: a real city's database is never exchanged with it. Nothing was exchanged.</source>
        <translation>%1 is a demo shared folder, made to try the sync with demo cities: a real city's database is never exchanged with it. Nothing was exchanged.</translation>
    </message>
    <message>
        <source>%1 is the demo shared folder of another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make a demo city like that one, then sync it: %2</source>
        <translation>%1 is the demo shared folder of another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make a demo city like that one, then sync it: %2</translation>
    </message>
    <message>
        <source>%1 holds a demo city: it is exchanged only with a demo shared folder, never with a real city's, and %2 is not one. Nothing was exchanged. To try the sync, make a demo shared folder in an empty folder: %3</source>
        <translation>%1 holds a demo city: it is exchanged only with a demo shared folder, never with a real city's, and %2 is not one. Nothing was exchanged. To try the sync, make a demo shared folder in an empty folder: %3</translation>
    </message>
    <message>
        <source>%1 holds a real city: a demo shared folder is made from a demo city only (citizenspace demo --db FILE).</source>
        <translation>%1 holds a real city: a demo shared folder is made from a demo city only (citizenspace demo --db FILE).</translation>
    </message>
    <message>
        <source>%1 holds a demo city made by an older version, which does not say which demo it is: make it again (citizenspace demo --db FILE), then try again.</source>
        <translation>%1 holds a demo city made by an older version, which does not say which demo it is: make it again (citizenspace demo --db FILE), then try again.</translation>
    </message>
    <message>
        <source>%2 is a real city's shared folder: it is never turned into a demo one. Choose an empty folder.</source>
        <translation>%2 is a real city's shared folder: it is never turned into a demo one. Choose an empty folder.</translation>
    </message>
    <message>
        <source>%2 is already the demo shared folder of another demo city. Choose an empty folder, or make a demo city like that one: %3</source>
        <translation>%2 is already the demo shared folder of another demo city. Choose an empty folder, or make a demo city like that one: %3</translation>
    </message>
    <message>
        <source>%2 cannot be made a demo shared folder: %3</source>
        <translation>%2 cannot be made a demo shared folder: %3</translation>
    </message>
    <message>
        <source>%1 is now a demo shared folder, for this demo city: demo cities made alike (%2) may try the sync through it; a real city never will.</source>
        <translation>%1 is now a demo shared folder, for this demo city: demo cities made alike (%2) may try the sync through it; a real city never will.</translation>
    </message>
    <message>
        <source>it is damaged, and was removed</source>
        <translation>it is damaged, and was removed</translation>
    </message>
    <message>
        <source>it was made by a newer version</source>
        <translation>it was made by a newer version</translation>
    </message>
    <message>
        <source>none matches the segments left on the share</source>
        <translation>none matches the segments left on the share</translation>
    </message>
    <message>
        <source>this database still has changes to publish</source>
        <translation>this database still has changes to publish</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>there is none</translation>
    </message>
    <message>
        <source>No voting code batch yet.</source>
        <translation>No voting code batch yet.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 codes, %5 used, printed: %6</source>
        <translation>%1  %2 (%3): %4 codes, %5 used, printed: %6</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>The projects do not fit on one ballot page: shorten their texts.</source>
        <translation>The projects do not fit on one ballot page: shorten their texts.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was printed.</source>
        <translation>%1 could not be written (%2). Nothing was printed.</translation>
    </message>
    <message>
        <source>Batch %1 can only be printed on the computer that made it: no other machine holds what makes its codes.</source>
        <translation>Batch %1 can only be printed on the computer that made it: no other machine holds what makes its codes.</translation>
    </message>
    <message>
        <source>There is no code batch %1 (see: citizenspace budget batches).</source>
        <translation>There is no code batch %1 (see: citizenspace budget batches).</translation>
    </message>
    <message>
        <source>%1 written: %2 page(s) of voting slips.</source>
        <translation>%1 written: %2 page(s) of voting slips.</translation>
    </message>
    <message>
        <source>Print 1 to %1 ballots at a time.</source>
        <translation>Print 1 to %1 ballots at a time.</translation>
    </message>
    <message>
        <source>There is no edition %1.</source>
        <translation>There is no edition %1.</translation>
    </message>
    <message>
        <source>%1 written: %2 paper ballot(s).</source>
        <translation>%1 written: %2 paper ballot(s).</translation>
    </message>
    <message>
        <source>Budget: %1 · Spent: %2 · Left: %3 · Voters: %4</source>
        <translation>Budget: %1 · Spent: %2 · Left: %3 · Voters: %4</translation>
    </message>
    <message>
        <source>Funded, in order: %1</source>
        <translation>Funded, in order: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for a pabulib file.</source>
        <translation>%1 is too large for a pabulib file.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>%1 is not a pabulib file that can be counted: %2 (%3). Nothing was counted.</source>
        <translation>%1 is not a pabulib file that can be counted: %2 (%3). Nothing was counted.</translation>
    </message>
    <message>
        <source>Edition %1 created: %2 projects, %3 ballots (id %4).</source>
        <translation>Edition %1 created: %2 projects, %3 ballots (id %4).</translation>
    </message>
    <message>
        <source>%1 written: %2 ballots.</source>
        <translation>%1 written: %2 ballots.</translation>
    </message>
    <message>
        <source>%1 holds point ballots (cumulative or scoring): an edition takes ticks only. Count it with: citizenspace budget tally.</source>
        <translation>%1 holds point ballots (cumulative or scoring): an edition takes ticks only. Count it with: citizenspace budget tally.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 could not be written (%2).</translation>
    </message>
    <message>
        <source>A cost or the budget has cents: pabulib files hold whole amounts only.</source>
        <translation>A cost or the budget has cents: pabulib files hold whole amounts only.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Unexpected error: %1 (details in %2)</source>
        <translation>Unexpected error: %1 (details in %2)</translation>
    </message>
</context>
<context>
    <name>ClosedKiosk</name>
    <message>
        <source>The vote is not open today.</source>
        <translation>The vote is not open today.</translation>
    </message>
    <message>
        <source>Come back on a voting day. An adult can tell you when.</source>
        <translation>Come back on a voting day. An adult can tell you when.</translation>
    </message>
</context>
<context>
    <name>ComingLaterView</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <source>What you will be able to do here</source>
        <translation>What you will be able to do here</translation>
    </message>
    <message>
        <source>Until then, the rest of Citizen Space works as usual, and everything you record is kept on this computer.</source>
        <translation>Until then, the rest of Citizen Space works as usual, and everything you record is kept on this computer.</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Councils</translation>
    </message>
    <message>
        <source>Run the neighbourhood, youth, senior and associations councils, with draws by lot that anyone can check.</source>
        <translation>Run the neighbourhood, youth, senior and associations councils, with draws by lot that anyone can check.</translation>
    </message>
    <message>
        <source>Collect the volunteers' applications and check who is eligible.</source>
        <translation>Collect the volunteers' applications and check who is eligible.</translation>
    </message>
    <message>
        <source>Draw members by lot, with a record that can be verified.</source>
        <translation>Draw members by lot, with a record that can be verified.</translation>
    </message>
    <message>
        <source>Replace members from the reserve list.</source>
        <translation>Replace members from the reserve list.</translation>
    </message>
    <message>
        <source>Keep the volunteers who were not drawn informed and involved.</source>
        <translation>Keep the volunteers who were not drawn informed and involved.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Plan council meetings, workshops, open days and the participation festival, and know who came.</source>
        <translation>Plan council meetings, workshops, open days and the participation festival, and know who came.</translation>
    </message>
    <message>
        <source>Build each meeting's agenda, with citizens' own topics.</source>
        <translation>Build each meeting's agenda, with citizens' own topics.</translation>
    </message>
    <message>
        <source>Print sign-in sheets and record attendance.</source>
        <translation>Print sign-in sheets and record attendance.</translation>
    </message>
    <message>
        <source>See which members stay active over the year.</source>
        <translation>See which members stay active over the year.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Print what the office hands out, ready to fold and staple, without retyping anything in a word processor.</source>
        <translation>Print what the office hands out, ready to fold and staple, without retyping anything in a word processor.</translation>
    </message>
    <message>
        <source>Booklets presenting the projects, and the “who does what” guide.</source>
        <translation>Booklets presenting the projects, and the “who does what” guide.</translation>
    </message>
    <message>
        <source>Voting slips, sign-in sheets and reports for assessment.</source>
        <translation>Voting slips, sign-in sheets and reports for assessment.</translation>
    </message>
    <message>
        <source>Preview every document, print it or save it as PDF.</source>
        <translation>Preview every document, print it or save it as PDF.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>The end is before the arrival: check the times</source>
        <extracomment>What a figure shows when there is nothing to compute it from (never 0 %).</extracomment>
        <translation>The end is before the arrival: check the times</translation>
    </message>
    <message>
        <source>The visitor was served before arriving: check the times</source>
        <translation>The visitor was served before arriving: check the times</translation>
    </message>
    <message>
        <source>The end is before the start of service: check the times</source>
        <translation>The end is before the start of service: check the times</translation>
    </message>
    <message>
        <source>This time is in the future</source>
        <translation>This time is in the future</translation>
    </message>
    <message>
        <source>A missed call has no start or end of service</source>
        <translation>A missed call has no start or end of service</translation>
    </message>
    <message>
        <source>Choose a theme: type a few letters, or Alt+1 to Alt+6</source>
        <translation>Choose a theme: type a few letters, or Alt+1 to Alt+6</translation>
    </message>
    <message>
        <source>Satisfaction goes from 1 to 4</source>
        <translation>Satisfaction goes from 1 to 4</translation>
    </message>
    <message>
        <source>The note is too long: 500 characters at most</source>
        <translation>The note is too long: 500 characters at most</translation>
    </message>
    <message>
        <source>Say which service the visitor was sent to</source>
        <translation>Say which service the visitor was sent to</translation>
    </message>
    <message>
        <source>This theme does not exist: choose one from the list</source>
        <translation>This theme does not exist: choose one from the list</translation>
    </message>
    <message>
        <source>This theme is no longer in use: choose another one</source>
        <translation>This theme is no longer in use: choose another one</translation>
    </message>
    <message>
        <source>This service is no longer in the directory: choose another one</source>
        <translation>This service is no longer in the directory: choose another one</translation>
    </message>
    <message>
        <source>This district no longer exists: choose another one</source>
        <translation>This district no longer exists: choose another one</translation>
    </message>
    <message>
        <source>This computer's site no longer exists: check the settings</source>
        <translation>This computer's site no longer exists: check the settings</translation>
    </message>
    <message>
        <source>This staff member no longer exists: choose who is at the desk</source>
        <translation>This staff member no longer exists: choose who is at the desk</translation>
    </message>
    <message>
        <source>This person no longer exists</source>
        <translation>This person no longer exists</translation>
    </message>
    <message>
        <source>A visit names a person only if they agreed to be contacted</source>
        <translation>A visit names a person only if they agreed to be contacted</translation>
    </message>
    <message>
        <source>Facts only: no health, opinions, origins or judgements</source>
        <extracomment>The same advice in a line, always in sight under the note (the whole of it on demand).</extracomment>
        <translation>Facts only: no health, opinions, origins or judgements</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Write only what is needed to follow up, in objective words. Never: health, opinions (political, religious, union), origins, offences, insults or judgements about the person. The visitor may ask to read this note.</source>
        <extracomment>The CNIL's advice on free-text fields ("zones bloc-notes"), shown beside the note.</extracomment>
        <translation>Write only what is needed to follow up, in objective words. Never: health, opinions (political, religious, union), origins, offences, insults or judgements about the person. The visitor may ask to read this note.</translation>
    </message>
    <message>
        <source>At this desk:</source>
        <extracomment>The line under each field where its refusal is written; several fields share one. The field each refusal outlines and gives the focus to.</extracomment>
        <translation>At this desk:</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Themes…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Type a few letters of the theme…</source>
        <translation>Type a few letters of the theme…</translation>
    </message>
    <message>
        <source>Add, rename or put away themes</source>
        <translation>Add, rename or put away themes</translation>
    </message>
    <message>
        <source>Alt+</source>
        <translation>Alt+</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+6 choose these themes</source>
        <translation>Alt+1 to Alt+6 choose these themes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Competent
service</source>
        <translation>Competent
service</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>District, age</source>
        <translation>District, age</translation>
    </message>
    <message>
        <source>Optional: someone who agreed to be contacted</source>
        <translation>Optional: someone who agreed to be contacted</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Not at all</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Not really</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Save the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Call the selected visitor in (or the first one waiting). The selected visitor left without being served. Someone was added to the queue.</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>New arrival (Ctrl+N): no names</source>
        <translation>New arrival (Ctrl+N): no names</translation>
    </message>
    <message>
        <source>New arrival (Ctrl+N): a few words, not a name</source>
        <translation>New arrival (Ctrl+N): a few words, not a name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Call in (Ctrl+I)</source>
        <translation>Call in (Ctrl+I)</translation>
    </message>
    <message>
        <source>Left without being served</source>
        <translation>Left without being served</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>(choose)</source>
        <extracomment>Untouched time fields follow the clock until the receptionist starts a visit. A visit was saved with the outcome "follow-up": its id, for the ticket form. A visit was saved: its id. Time fields the receptionist typed in: they stop following the clock.</extracomment>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>District: not asked</source>
        <translation>District: not asked</translation>
    </message>
    <message>
        <source>Age: not asked</source>
        <translation>Age: not asked</translation>
    </message>
    <message>
        <source>No theme matches “%1”: type other words, or add the theme</source>
        <translation>No theme matches “%1”: type other words, or add the theme</translation>
    </message>
    <message>
        <source>No service to name</source>
        <translation>No service to name</translation>
    </message>
    <message>
        <source>Choose a theme: the competent service appears here.</source>
        <translation>Choose a theme: the competent service appears here.</translation>
    </message>
    <message>
        <source>The visit could not be saved. Nothing was saved.</source>
        <translation>The visit could not be saved. Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved at %1: %2</source>
        <translation>Saved at %1: %2</translation>
    </message>
    <message>
        <source>Alt+%1: %2</source>
        <translation>Alt+%1: %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>%1 — since %2, waiting %3 min</source>
        <translation>%1 — since %2, waiting %3 min</translation>
    </message>
    <message>
        <source>%1 — at the desk since %2</source>
        <translation>%1 — at the desk since %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) logged today</source>
        <translation>
            <numerusform>%n visit logged today</numerusform>
            <numerusform>%n visits logged today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Retired %1</source>
        <translation>Retired %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Batches of changes</source>
        <translation>Batches of changes</translation>
    </message>
</context>
<context>
    <name>DirectoryImportSteps</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <source>Importing this file: %1.</source>
        <translation>Importing this file: %1.</translation>
    </message>
    <message>
        <source>Every service of the file is already in the directory (%1): nothing to import.</source>
        <translation>Every service of the file is already in the directory (%1): nothing to import.</translation>
    </message>
    <message>
        <source>No line of this file can be imported as it is.</source>
        <translation>No line of this file can be imported as it is.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Left out, not imported: %1.</source>
        <translation>Left out, not imported: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Who is competent was read from the body's name on %n line(s).</source>
        <translation>
            <numerusform>Who is competent was read from the body's name on %n line.</numerusform>
            <numerusform>Who is competent was read from the body's name on %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) get the level chosen for the whole file: %1.</source>
        <translation>
            <numerusform>%n line gets the level chosen for the whole file: %1.</numerusform>
            <numerusform>%n lines get the level chosen for the whole file: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>…and other problems further down.</source>
        <translation>…and other problems further down.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Badge colours (background, text), readable at 4.5:1 or more; one hue per level. An inactive service, greyed (and in italics).</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Urban Community</source>
        <translation>Urban Community</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Other body</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>How many names of updated entries the check lists. The refused lines' problems listed at most. Where a column may go, said so that "what it handles" and "who is competent" do not mix.</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Who is competent (City, Agglo…)</source>
        <translation>Who is competent (City, Agglo…)</translation>
    </message>
    <message>
        <source>Keywords, what it handles</source>
        <translation>Keywords, what it handles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Active (oui/non)</source>
        <translation>Active (oui/non)</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it exists and is not open elsewhere.</source>
        <translation>The file cannot be read: check that it exists and is not open elsewhere.</translation>
    </message>
    <message>
        <source>The file is too large for a directory (more than 10 MB).</source>
        <translation>The file is too large for a directory (more than 10 MB).</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</source>
        <translation>This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</source>
        <translation>This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”. In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”. In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252). In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>the text is not in a known encoding (UTF-8 or Windows-1252). In Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</translation>
    </message>
    <message>
        <source>there is nothing to import from here on.</source>
        <translation>there is nothing to import from here on.</translation>
    </message>
    <message>
        <source>no column gives %1: choose one in the list of where each column goes.</source>
        <translation>no column gives %1: choose one in the list of where each column goes.</translation>
    </message>
    <message>
        <source>the columns %1 all go to “%2”: keep one, leave the others out.</source>
        <translation>the columns %1 all go to “%2”: keep one, leave the others out.</translation>
    </message>
    <message>
        <source>this line has more cells than the first line has columns (%1): a separator too many?</source>
        <translation>this line has more cells than the first line has columns (%1): a separator too many?</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is not closed: nothing after it is read.</source>
        <translation>a quotation mark opened on this line is not closed: nothing after it is read.</translation>
    </message>
    <message>
        <source>nothing says who is competent (the body “%1” does not say it): add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</source>
        <translation>nothing says who is competent (the body “%1” does not say it): add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</translation>
    </message>
    <message>
        <source>nothing says who is competent: add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</source>
        <translation>nothing says who is competent: add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level of the lines that do not say it.</translation>
    </message>
    <message>
        <source>the same service (name and body) is already on line %1.</source>
        <translation>the same service (name and body) is already on line %1.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Line %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1: the text is too long (%2 characters, %3 at most).</source>
        <translation>%1: the text is too long (%2 characters, %3 at most).</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lines that do not say who is competent:</source>
        <translation>Lines that do not say who is competent:</translation>
    </message>
    <message>
        <source>refuse them (the body's name may say)</source>
        <translation>refuse them (the body's name may say)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>This field is required</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <translation>This text is too long</translation>
    </message>
    <message>
        <source>Not an e-mail address (example: accueil@ville.fr)</source>
        <translation>Not an e-mail address (example: accueil@ville.fr)</translation>
    </message>
    <message>
        <source>Not a website address (example: www.ville.fr)</source>
        <translation>Not a website address (example: www.ville.fr)</translation>
    </message>
    <message>
        <source>Unknown competence: write Ville, Agglomération, Département, Région, État or Autre</source>
        <translation>Unknown competence: write Ville, Agglomération, Département, Région, État or Autre</translation>
    </message>
    <message>
        <source>This theme does not exist (or was deleted meanwhile)</source>
        <translation>This theme does not exist (or was deleted meanwhile)</translation>
    </message>
    <message>
        <source>The directory already has a service with this name and body</source>
        <translation>The directory already has a service with this name and body</translation>
    </message>
    <message>
        <source>Write oui or non</source>
        <translation>Write oui or non</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>This text is too long: %1 characters at most</translation>
    </message>
    <message>
        <source>Who handles…? Type a service, a keyword or a body (%1)</source>
        <translation>Who handles…? Type a service, a keyword or a body (%1)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add or update services from a spreadsheet (.xlsx, or CSV saved by Excel). The first line names the columns: Service, Compétence, and optionally Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. You see what will change before anything is saved.</source>
        <translation>Add or update services from a spreadsheet (.xlsx, or CSV saved by Excel). The first line names the columns: Service, Compétence, and optionally Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. You see what will change before anything is saved.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the whole directory for Excel (CSV or .xlsx), to share or print.</source>
        <translation>Save the whole directory for Excel (CSV or .xlsx), to share or print.</translation>
    </message>
    <message>
        <source>Service not found</source>
        <translation>Service not found</translation>
    </message>
    <message>
        <source>It was deleted meanwhile.</source>
        <translation>It was deleted meanwhile.</translation>
    </message>
    <message>
        <source>Delete a service</source>
        <translation>Delete a service</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Delete “%1” from the directory?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%n refused line(s) were left out: correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n refused line was left out: correct it in the file and import it again.</numerusform>
            <numerusform>%n refused lines were left out: correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Directory exported</source>
        <translation>Directory exported</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) saved in %1.</source>
        <translation>
            <numerusform>%n service saved in %1.</numerusform>
            <numerusform>%n services saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were sent there</source>
        <translation>
            <numerusform>%n visit was sent there</numerusform>
            <numerusform>%n visits were sent there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up ticket(s) name it</source>
        <translation>
            <numerusform>%n follow-up ticket names it</numerusform>
            <numerusform>%n follow-up tickets name it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket category(ies) send reports there</source>
        <translation>
            <numerusform>%n ticket category sends reports there</numerusform>
            <numerusform>%n ticket categories send reports there</numerusform>
        </translation>
    </message>
    <message>
        <source>Service kept</source>
        <translation>Service kept</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the records mention it. Deactivate it instead? It will no longer be suggested, and the history stays.</source>
        <translation>“%1” cannot be deleted: the records mention it. Deactivate it instead? It will no longer be suggested, and the history stays.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: the records mention it. It is already inactive.</source>
        <translation>“%1” cannot be deleted: the records mention it. It is already inactive.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <extracomment>Message boxes naming lines and columns: sentences on a readable width, not a thin column.</extracomment>
        <translation>Import a directory</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>CSV for Excel, separator: semicolon (*.csv)</source>
        <translation>CSV for Excel, separator: semicolon (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>…and other problems further down.</source>
        <translation>…and other problems further down.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>%1 could not be imported: nothing was changed. Correct the file and try again.</source>
        <translation>%1 could not be imported: nothing was changed. Correct the file and try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in the directory</source>
        <translation>
            <numerusform>%n service in the directory</numerusform>
            <numerusform>%n services in the directory</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Try one word: what the citizen asks for (passeport, poubelle, bus) or who might handle it (agglo, département).</source>
        <translation>Nothing matches “%1”.
Try one word: what the citizen asks for (passeport, poubelle, bus) or who might handle it (agglo, département).</translation>
    </message>
    <message>
        <source>The directory is empty.
Click “New” to add a service, or “Import…” to load a spreadsheet.</source>
        <translation>The directory is empty.
Click “New” to add a service, or “Import…” to load a spreadsheet.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Edit the selected service (Enter on the list)</source>
        <translation>Edit the selected service (Enter on the list)</translation>
    </message>
    <message>
        <source>A service that closed or moved: it is no longer suggested, and the visits that name it keep their history.</source>
        <translation>A service that closed or moved: it is no longer suggested, and the visits that name it keep their history.</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>Edit the edition</source>
        <translation>Edit the edition</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>New edition</translation>
    </message>
    <message>
        <source>Proposals from</source>
        <translation>Proposals from</translation>
    </message>
    <message>
        <source>Selection from</source>
        <translation>Selection from</translation>
    </message>
    <message>
        <source>Vote from</source>
        <translation>Vote from</translation>
    </message>
    <message>
        <source>Vote until</source>
        <translation>Vote until</translation>
    </message>
    <message>
        <source>Results on</source>
        <translation>Results on</translation>
    </message>
    <message>
        <source>Sites taking part</source>
        <translation>Sites taking part</translation>
    </message>
    <message>
        <source>The edition and its vote</source>
        <translation>The edition and its vote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Voting method</source>
        <translation>Voting method</translation>
    </message>
    <message>
        <source>Choices per child</source>
        <translation>Choices per child</translation>
    </message>
    <message>
        <source>The most projects a child may choose.</source>
        <translation>The most projects a child may choose.</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>Most votes first: the projects with the most votes are funded while money is left. Equal shares: each voter gets an equal part of the budget to spend on the projects they chose.</source>
        <translation>Most votes first: the projects with the most votes are funded while money is left. Equal shares: each voter gets an equal part of the budget to spend on the projects they chose.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Children have already voted: this can no longer change</source>
        <translation>Children have already voted: this can no longer change</translation>
    </message>
    <message>
        <source>This edition no longer exists (deleted on another computer?). Nothing was saved.</source>
        <translation>This edition no longer exists (deleted on another computer?). Nothing was saved.</translation>
    </message>
    <message>
        <source>The edition could not be saved. Nothing was changed.</source>
        <translation>The edition could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Children's participatory budget %1</source>
        <translation>Children's participatory budget %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Inactive: do not send citizens here</source>
        <translation>Inactive: do not send citizens here</translation>
    </message>
    <message>
        <source>Choose a service in the list to see how to reach it.</source>
        <translation>Choose a service in the list to see how to reach it.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit a service</source>
        <translation>Edit a service</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Ville, Agglomération du…, Préfecture…</source>
        <translation>Ville, Agglomération du…, Préfecture…</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>Words citizens use: passeport, poubelle…</source>
        <translation>Words citizens use: passeport, poubelle…</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Competence</source>
        <translation>&amp;Competence</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>This service was deleted meanwhile (perhaps on another computer).</source>
        <translation>This service was deleted meanwhile (perhaps on another computer).</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <source>Show or hide columns. Columns that do not fit the window are set aside; they come back when it is wider.</source>
        <extracomment>Rows looked at to size a column: the first screenful says what the column holds. Room around a cell's text (the delegate's margins), and around a title (the header's padding, and the sort arrow where there is one). The columns shown changed (set aside, brought back, or chosen). Columns the user chose to show (True) or hide (False).</extracomment>
        <translation>Show or hide columns. Columns that do not fit the window are set aside; they come back when it is wider.</translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n hidden)</source>
        <translation>
            <numerusform>Columns (%n hidden)</numerusform>
            <numerusform>Columns (%n hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Save</source>
        <extracomment>The one error colour (dark enough to read on white: contrast 6.0:1). The dynamic property a refused field carries.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward the ticket</source>
        <extracomment>A note the staff must read before going on (the law on forwarding, what an export publishes): the same amber panel wherever it appears.</extracomment>
        <translation>Forward the ticket</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Choose a service…</translation>
    </message>
    <message>
        <source>Outside the City's competence: the citizen must be told (article L114-2)</source>
        <translation>Outside the City's competence: the citizen must be told (article L114-2)</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>&amp;Forward to</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Back to the columns</source>
        <extracomment>One sentence: what the import would do ("48 people will be added."). Warnings and information, one sentence each. One sentence per problem of a refused line, naming it. The lines that would be written, and those refused. The fields a column may go to, in the order offered. Shown under the columns' table (a choice for the whole file), or None. Bumped when a running check is dropped (Back, Cancel): its late result is ignored.</extracomment>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <source>Check the lines</source>
        <translation>Check the lines</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Say where each column of the file goes. A column left out is not imported. Nothing is saved before the last step.</source>
        <translation>Say where each column of the file goes. A column left out is not imported. Nothing is saved before the last step.</translation>
    </message>
    <message>
        <source>Import the good lines only, and leave out the refused ones</source>
        <translation>Import the good lines only, and leave out the refused ones</translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and import it again later: what is already imported is not doubled.</source>
        <translation>Correct the refused lines in the file and import it again later: what is already imported is not doubled.</translation>
    </message>
    <message>
        <source>The columns are matched as you matched them for the last file with the same titles.</source>
        <translation>The columns are matched as you matched them for the last file with the same titles.</translation>
    </message>
    <message numerus="yes">
        <source>Left out, not imported (%n column(s)): %1</source>
        <translation>
            <numerusform>Left out, not imported (%n column): %1</numerusform>
            <numerusform>Left out, not imported (%n columns): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Every column of the file is imported.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Choose the column that holds: %1.</translation>
    </message>
    <message>
        <source>Checking the lines…</source>
        <translation>Checking the lines…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported:</source>
        <translation>
            <numerusform>%n line cannot be imported:</numerusform>
            <numerusform>%n lines cannot be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported: the file or the register changed meanwhile.</source>
        <translation>Nothing was imported: the file or the register changed meanwhile.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A column left out, greyed: it is not imported. In the user's words, translated. Several columns may go to it (joined), like an address on two columns.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>— Leave out —</source>
        <translation>— Leave out —</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <source>Citizen informed</source>
        <translation>Citizen informed</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>⌫ Erase</source>
        <extracomment>Keys on a row of the keypad. At the reference screen (1280×800), a key is this many pixels square (13 mm became 19): the kiosk's style sheet says so too ("@111").</extracomment>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Citizen Space – vote</source>
        <translation>Citizen Space – vote</translation>
    </message>
    <message>
        <source>Demo voting codes you can use:</source>
        <translation>Demo voting codes you can use:</translation>
    </message>
</context>
<context>
    <name>KioskFrame</name>
    <message>
        <source>Staff: close the kiosk</source>
        <extracomment>What is on screen is dropped after this long without a touch or a key. The longest PIN the supervisors can set (the staff page's dialog takes up to 12 digits). The screen the kiosk is drawn for (a 10-inch tablet); bigger screens scale it all up. The kiosk's look at the reference screen; every "@N" is N pixels there, scaled with the screen (`kiosk_style`). A size is the content's, inside the border: a key of the keypad is 105 + 2 × 3 = 111 pixels square (19 mm on a 10-inch tablet). Standard editing shortcuts a kiosk field refuses: they would bring back or carry away what a child typed.</extracomment>
        <translation>Staff: close the kiosk</translation>
    </message>
    <message>
        <source>Type the supervisors' PIN.</source>
        <translation>Type the supervisors' PIN.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>No supervisors' PIN is set, so the kiosk cannot be closed here. Set one on the Budget page of the staff application: the kiosk gets it at its next sync.</source>
        <translation>No supervisors' PIN is set, so the kiosk cannot be closed here. Set one on the Budget page of the staff application: the kiosk gets it at its next sync.</translation>
    </message>
    <message>
        <source>This PIN is not right. The kiosk stays open.</source>
        <translation>This PIN is not right. The kiosk stays open.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Children's budget: vote</source>
        <extracomment>The thank-you screen goes back to the welcome screen by itself after this long. The keypad's keys: the code alphabet, as the domain defines it.</extracomment>
        <translation>Children's budget: vote</translation>
    </message>
    <message>
        <source>Vote for your favourite projects!</source>
        <translation>Vote for your favourite projects!</translation>
    </message>
    <message>
        <source>Ask an adult to start your vote.</source>
        <translation>Ask an adult to start your vote.</translation>
    </message>
    <message>
        <source>Show your card to the scanner. Or touch the button to type your code.</source>
        <translation>Show your card to the scanner. Or touch the button to type your code.</translation>
    </message>
    <message>
        <source>An adult unlocks the vote</source>
        <translation>An adult unlocks the vote</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Type my code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Fill your basket with projects. Stay within the budget.</source>
        <translation>Fill your basket with projects. Stay within the budget.</translation>
    </message>
    <message>
        <source>Choose one project.</source>
        <translation>Choose one project.</translation>
    </message>
    <message>
        <source>Choose up to %1 projects.</source>
        <translation>Choose up to %1 projects.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>See my vote ➜</source>
        <translation>See my vote ➜</translation>
    </message>
    <message>
        <source>Do you want to stop?</source>
        <translation>Do you want to stop?</translation>
    </message>
    <message>
        <source>If you stop, your choices are erased and your vote does not count.</source>
        <translation>If you stop, your choices are erased and your vote does not count.</translation>
    </message>
    <message>
        <source>No, keep voting</source>
        <translation>No, keep voting</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>Yes, stop</translation>
    </message>
    <message>
        <source>Is this your vote?</source>
        <translation>Is this your vote?</translation>
    </message>
    <message>
        <source>Change my choice</source>
        <translation>Change my choice</translation>
    </message>
    <message>
        <source>Yes, I vote!</source>
        <translation>Yes, I vote!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your vote is counted. It stays secret.</source>
        <translation>Your vote is counted. It stays secret.</translation>
    </message>
    <message>
        <source>Nobody was there: the vote was cancelled.</source>
        <translation>Nobody was there: the vote was cancelled.</translation>
    </message>
    <message>
        <source>Adult: type the PIN.</source>
        <translation>Adult: type the PIN.</translation>
    </message>
    <message>
        <source>Type your code.</source>
        <translation>Type your code.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>This PIN is not right.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Ask an adult for help.</source>
        <translation>This code has already been used to vote. Ask an adult for help.</translation>
    </message>
    <message>
        <source>This code is for another kiosk. Ask an adult for help.</source>
        <translation>This code is for another kiosk. Ask an adult for help.</translation>
    </message>
    <message>
        <source>This code does not work here. Ask an adult for help.</source>
        <translation>This code does not work here. Ask an adult for help.</translation>
    </message>
    <message>
        <source>There is a mistake in this code. Check each letter and try again.</source>
        <translation>There is a mistake in this code. Check each letter and try again.</translation>
    </message>
    <message>
        <source>You have chosen %1 projects already. Remove one first.</source>
        <translation>You have chosen %1 projects already. Remove one first.</translation>
    </message>
    <message>
        <source>This project does not fit in your basket. Remove one first.</source>
        <translation>This project does not fit in your basket. Remove one first.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Your basket: %n project(s)</source>
        <translation>
            <numerusform>Your basket: %n project</numerusform>
            <numerusform>Your basket: %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>You have chosen %1 of %2.</source>
        <translation>You have chosen %1 of %2.</translation>
    </message>
    <message>
        <source>You have not seen every project yet. To see them, touch “Change my choice”.</source>
        <translation>You have not seen every project yet. To see them, touch “Change my choice”.</translation>
    </message>
    <message>
        <source>This vote cannot be counted. Ask an adult.</source>
        <translation>This vote cannot be counted. Ask an adult.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>This field is required</source>
        <translation>This field is required</translation>
    </message>
    <message>
        <source>This text is too long</source>
        <translation>This text is too long</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.fr)</source>
        <translation>This is not a valid e-mail address (example: name@example.fr)</translation>
    </message>
    <message>
        <source>This is not a valid phone number (example: 06 12 34 56 78)</source>
        <translation>This is not a valid phone number (example: 06 12 34 56 78)</translation>
    </message>
    <message>
        <source>A French postcode has five digits (example: 02100)</source>
        <translation>A French postcode has five digits (example: 02100)</translation>
    </message>
    <message>
        <source>This birth year is not plausible</source>
        <translation>This birth year is not plausible</translation>
    </message>
    <message>
        <source>An e-mail or phone number can only be kept with the person's consent to be contacted</source>
        <translation>An e-mail or phone number can only be kept with the person's consent to be contacted</translation>
    </message>
    <message>
        <source>This district no longer exists (deleted meanwhile): choose another one</source>
        <translation>This district no longer exists (deleted meanwhile): choose another one</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>This text is too long: %1 characters at most</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
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
        <translation>Last involvement</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Councils</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <source>Citizen Space</source>
        <translation>Citizen Space</translation>
    </message>
    <message>
        <source>Social centre</source>
        <translation>Social centre</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Staff computer</source>
        <translation>Staff computer</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>Voting kiosk</translation>
    </message>
    <message>
        <source>Neighbourhood council</source>
        <translation>Neighbourhood council</translation>
    </message>
    <message>
        <source>Youth Council</source>
        <translation>Youth Council</translation>
    </message>
    <message>
        <source>Senior Council</source>
        <translation>Senior Council</translation>
    </message>
    <message>
        <source>Associations Council</source>
        <translation>Associations Council</translation>
    </message>
    <message>
        <source>Local action group</source>
        <translation>Local action group</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Other group</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>City staff</source>
        <translation>City staff</translation>
    </message>
    <message>
        <source>Drawn by lot</source>
        <translation>Drawn by lot</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <source>Awaiting the draw</source>
        <translation>Awaiting the draw</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>On the reserve list</source>
        <translation>On the reserve list</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <source>Participation festival</source>
        <translation>Participation festival</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Elected officials' visit</source>
        <translation>Elected officials' visit</translation>
    </message>
    <message>
        <source>Open house</source>
        <translation>Open house</translation>
    </message>
    <message>
        <source>Co-design workshop</source>
        <translation>Co-design workshop</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Set by the City</source>
        <translation>Set by the City</translation>
    </message>
    <message>
        <source>Raised by citizens</source>
        <translation>Raised by citizens</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>France Services bus</source>
        <translation>France Services bus</translation>
    </message>
    <message>
        <source>Allô mairie</source>
        <translation>Allô mairie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Left without an answer</source>
        <translation>Left without an answer</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 to 29</translation>
    </message>
    <message>
        <source>30 to 44</source>
        <translation>30 to 44</translation>
    </message>
    <message>
        <source>45 to 59</source>
        <translation>45 to 59</translation>
    </message>
    <message>
        <source>60 to 74</source>
        <translation>60 to 74</translation>
    </message>
    <message>
        <source>75 and over</source>
        <translation>75 and over</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Urban Community</source>
        <translation>Urban Community</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Other body</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Several choices (approval)</source>
        <translation>Several choices (approval)</translation>
    </message>
    <message>
        <source>Choices within the budget</source>
        <translation>Choices within the budget</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>Most votes first</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Equal shares</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>On the ballot</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Kiosk, unlocked by staff</source>
        <translation>Kiosk, unlocked by staff</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Citizen Space</source>
        <extracomment>How often the status bar looks at the share again, in milliseconds. The pages that show data, built once the database is open (the overview at once, the others when first shown). The modules of those pages, imported off the GUI thread once the user can work (`prefetch`), so that the first visit to a page only builds it. The pages whose constructor reads their data (people, budget, sync: `refresh()`; settings: `load()`): their first visit does not read it a second time. The page built a moment ago, whose constructor read its data (not read twice).</extracomment>
        <translation>Citizen Space</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Everyone the office is in touch with: residents, members, volunteers.</source>
        <translation>Everyone the office is in touch with: residents, members, volunteers.</translation>
    </message>
    <message>
        <source>Areas of Citizen Space</source>
        <translation>Areas of Citizen Space</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>Start-up's own work (opening the database, the daily anonymisation): app.py drives it.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Councils</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Participatory budget</source>
        <translation>Participatory budget</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Citizen Space — %1</source>
        <translation>Citizen Space — %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1).</source>
        <translation>The database file cannot be read (%1).</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Citizen Space database.</source>
        <translation>The file %1 is empty: it is not a Citizen Space database.</translation>
    </message>
    <message>
        <source>%1 is not a Citizen Space database (it is not an SQLite file).</source>
        <translation>%1 is not a Citizen Space database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>The database file is incomplete, probably cut short by a failed copy (%1).</source>
        <translation>The database file is incomplete, probably cut short by a failed copy (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>The database file is damaged (%1).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Citizen Space one.</source>
        <translation>%1 is an SQLite database, but not a Citizen Space one.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Citizen Space (schema %1): install that version to open it.</source>
        <translation>This database was written by a newer version of Citizen Space (schema %1): install that version to open it.</translation>
    </message>
    <message>
        <source>%1 cannot be written from this computer (a read-only folder or a locked USB stick): copy it to a folder you can write to.</source>
        <translation>%1 cannot be written from this computer (a read-only folder or a locked USB stick): copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Citizen Space: open it once in the application, or run "citizenspace db upgrade", to bring it up to date.</source>
        <translation>%1 was written by an older version of Citizen Space: open it once in the application, or run "citizenspace db upgrade", to bring it up to date.</translation>
    </message>
    <message>
        <source>The database's change capture for sync is incomplete (%1).</source>
        <translation>The database's change capture for sync is incomplete (%1).</translation>
    </message>
    <message>
        <source>The database cannot be opened (%1).</source>
        <translation>The database cannot be opened (%1).</translation>
    </message>
    <message>
        <source>cannot be read from this computer (access rights, a link that loops or leads nowhere, or a disk error)</source>
        <translation>cannot be read from this computer (access rights, a link that loops or leads nowhere, or a disk error)</translation>
    </message>
    <message>
        <source>is a folder where a file belongs, or a file where a folder belongs</source>
        <translation>is a folder where a file belongs, or a file where a folder belongs</translation>
    </message>
    <message>
        <source>is not a Citizen Space file (a stray copy, or put there by hand)</source>
        <translation>is not a Citizen Space file (a stray copy, or put there by hand)</translation>
    </message>
    <message>
        <source>is damaged (its contents do not match its name)</source>
        <translation>is damaged (its contents do not match its name)</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>birth year</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>consent to be contacted</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>consent to photos</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>last involvement</source>
        <translation>last involvement</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation>is not a valid e-mail address</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>is not a valid phone number</translation>
    </message>
    <message>
        <source>is not a French postcode (five digits)</source>
        <translation>is not a French postcode (five digits)</translation>
    </message>
    <message>
        <source>is not a plausible birth year</source>
        <translation>is not a plausible birth year</translation>
    </message>
    <message>
        <source>is missing: contact details are kept only with consent</source>
        <translation>is missing: contact details are kept only with consent</translation>
    </message>
    <message>
        <source>does not exist any more</source>
        <translation>does not exist any more</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <source>Line %1, column “%2”:</source>
        <translation>Line %1, column “%2”:</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Line %1:</translation>
    </message>
    <message>
        <source>the file cannot be read: check that it exists and is not open elsewhere.</source>
        <translation>the file cannot be read: check that it exists and is not open elsewhere.</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is not closed properly: nothing after it could be read.</source>
        <translation>a quotation mark opened on this line is not closed properly: nothing after it could be read.</translation>
    </message>
    <message>
        <source>the file has e-mail addresses or phone numbers but no "Consentement contact" column: contact details are kept only for people who agreed to be contacted. Add the column (oui/non) and try again.</source>
        <translation>the file has e-mail addresses or phone numbers but no "Consentement contact" column: contact details are kept only for people who agreed to be contacted. Add the column (oui/non) and try again.</translation>
    </message>
    <message>
        <source>the file is too large (more than 20 MB).</source>
        <translation>the file is too large (more than 20 MB).</translation>
    </message>
    <message>
        <source>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”: in Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</source>
        <translation>the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”: in Excel, save the file again as “CSV UTF-8 (separator: semicolon)”.</translation>
    </message>
    <message>
        <source>this is not a text file in UTF-8 or Windows-1252: save it again as CSV.</source>
        <translation>this is not a text file in UTF-8 or Windows-1252: save it again as CSV.</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</source>
        <translation>this is an old Excel workbook (.xls): in Excel, save it as “Excel workbook (.xlsx)” or “CSV (separator: semicolon)” and import it again.</translation>
    </message>
    <message>
        <source>this file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</source>
        <translation>this file cannot be opened as an Excel workbook (.xlsx): it may be damaged.</translation>
    </message>
    <message>
        <source>there is nothing to import.</source>
        <translation>there is nothing to import.</translation>
    </message>
    <message>
        <source>the column(s) %1 are missing from the first line.</source>
        <translation>the column(s) %1 are missing from the first line.</translation>
    </message>
    <message>
        <source>the columns %1 all go to %2: keep one and leave the others out.</source>
        <translation>the columns %1 all go to %2: keep one and leave the others out.</translation>
    </message>
    <message>
        <source>this line does not have as many fields as the first line (%1).</source>
        <translation>this line does not have as many fields as the first line (%1).</translation>
    </message>
    <message>
        <source>the district "%1" does not exist.</source>
        <translation>the district "%1" does not exist.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number.</source>
        <translation>%1 "%2" is not a number.</translation>
    </message>
    <message>
        <source>“%1” is neither a year nor a date of birth: write 1956, 14/03/1956 or 1956-03-14.</source>
        <translation>“%1” is neither a year nor a date of birth: write 1956, 14/03/1956 or 1956-03-14.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not "%2".</source>
        <translation>%1 must be yes or no, not "%2".</translation>
    </message>
    <message>
        <source>the text is too long: %1 characters, %2 at most.</source>
        <translation>the text is too long: %1 characters, %2 at most.</translation>
    </message>
    <message>
        <source>%1 “%2” %3.</source>
        <translation>%1 “%2” %3.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch of voting codes</source>
        <translation>New batch of voting codes</translation>
    </message>
    <message>
        <source>For example: Europe social centre kiosk</source>
        <translation>For example: Europe social centre kiosk</translation>
    </message>
    <message>
        <source>Name of the batch</source>
        <translation>Name of the batch</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>Number of codes</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The codes work on kiosks of this site. Print them from the list once created.</source>
        <translation>The codes work on kiosks of this site. Print them from the list once created.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New follow-up ticket</source>
        <extracomment>How many lines the description box shows before it scrolls.</extracomment>
        <translation>New follow-up ticket</translation>
    </message>
    <message>
        <source>New Allô mairie report</source>
        <translation>New Allô mairie report</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choose a category…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>What is the problem, or the question?</source>
        <translation>What is the problem, or the question?</translation>
    </message>
    <message>
        <source>Number, street, postcode</source>
        <translation>Number, street, postcode</translation>
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
        <translation>(the category's service)</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
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
        <translation>To tell the citizen the outcome (optional)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Personal data: only what is needed to answer, erased after the retention period. Never exported.</source>
        <translation>Personal data: only what is needed to answer, erased after the retention period. Never exported.</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Open the ticket</translation>
    </message>
    <message>
        <source>Written request: if it is outside the City's competence, forward it to the competent body and tell the citizen (article L114-2).</source>
        <translation>Written request: if it is outside the City's competence, forward it to the competent body and tell the citizen (article L114-2).</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
</context>
<context>
    <name>Open311Dialog</name>
    <message>
        <source>Export Open311</source>
        <translation>Export Open311</translation>
    </message>
    <message>
        <source>The export publishes every report's category, description, address, position, status and dates, and its photo. The citizens' names, phones and e-mails never leave.</source>
        <translation>The export publishes every report's category, description, address, position, status and dates, and its photo. The citizens' names, phones and e-mails never leave.</translation>
    </message>
    <message>
        <source>Also publish the staff's &amp;notes (reasons for rejecting, notes on each step)</source>
        <translation>Also publish the staff's &amp;notes (reasons for rejecting, notes on each step)</translation>
    </message>
    <message>
        <source>These notes are free text written by the staff: they may name people, and they are personal data. Publish them only after reading every one of them.</source>
        <translation>These notes are free text written by the staff: they may name people, and they are personal data. Publish them only after reading every one of them.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. Start on the People page: the figures below fill in as the office records its work.</source>
        <translation>Nothing is recorded yet. Start on the People page: the figures below fill in as the office records its work.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Councils</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Children's participatory budget</source>
        <translation>Children's participatory budget</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>in the register</translation>
    </message>
    <message>
        <source>councils and groups</source>
        <translation>councils and groups</translation>
    </message>
    <message>
        <source>people sitting on a council today</source>
        <translation>people sitting on a council today</translation>
    </message>
    <message numerus="yes">
        <source>in the next 30 days, %Ln this year</source>
        <translation>
            <numerusform>in the next 30 days, %Ln this year</numerusform>
            <numerusform>in the next 30 days, %Ln this year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this year, %Ln today</source>
        <translation>
            <numerusform>this year, %Ln today</numerusform>
            <numerusform>this year, %Ln today</numerusform>
        </translation>
    </message>
    <message>
        <source>No edition prepared yet</source>
        <translation>No edition prepared yet</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) submitted</source>
        <translation>
            <numerusform>%Ln project submitted</numerusform>
            <numerusform>%Ln projects submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures could not be read. The details are in the log file.</source>
        <translation>The figures could not be read. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The projects before</source>
        <translation>The projects before</translation>
    </message>
    <message>
        <source>More projects ▶</source>
        <translation>More projects ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>Scan or type the serial printed on the ballot, press Enter, tick the projects ticked on the paper, then press Enter to save.</source>
        <translation>Scan or type the serial printed on the ballot, press Enter, tick the projects ticked on the paper, then press Enter to save.</translation>
    </message>
    <message>
        <source>Double entry: two people type each ballot</source>
        <translation>Double entry: two people type each ballot</translation>
    </message>
    <message>
        <source>A ballot is counted once two typings of its serial agree; typings that differ are set aside below for a third look.</source>
        <translation>A ballot is counted once two typings of its serial agree; typings that differ are set aside below for a third look.</translation>
    </message>
    <message>
        <source>Ballot serial</source>
        <translation>Ballot serial</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Save the ballot</source>
        <translation>Save the ballot</translation>
    </message>
    <message>
        <source>Typings that differ: type these ballots again</source>
        <translation>Typings that differ: type these ballots again</translation>
    </message>
    <message>
        <source>First typing saved. A second person types this ballot again.</source>
        <translation>First typing saved. A second person types this ballot again.</translation>
    </message>
    <message>
        <source>The two typings differ: this ballot is set aside below for review.</source>
        <translation>The two typings differ: this ballot is set aside below for review.</translation>
    </message>
    <message>
        <source>Saved. Next ballot.</source>
        <translation>Saved. Next ballot.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) entered in this session.</source>
        <translation>
            <numerusform>%n ballot entered in this session.</numerusform>
            <numerusform>%n ballots entered in this session.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ballot was already entered: a serial counts once.</source>
        <translation>This ballot was already entered: a serial counts once.</translation>
    </message>
    <message>
        <source>This serial is not one of this edition's ballots. Nothing saved.</source>
        <translation>This serial is not one of this edition's ballots. Nothing saved.</translation>
    </message>
    <message>
        <source>This serial has a typing mistake. Check it. Nothing saved.</source>
        <translation>This serial has a typing mistake. Check it. Nothing saved.</translation>
    </message>
    <message>
        <source>No project is ticked. A blank ballot is not recorded. Nothing saved.</source>
        <translation>No project is ticked. A blank ballot is not recorded. Nothing saved.</translation>
    </message>
    <message>
        <source>More projects are ticked than the rule allows: the ballot is void.</source>
        <translation>More projects are ticked than the rule allows: the ballot is void.</translation>
    </message>
    <message>
        <source>The ticked projects cost more than the budget: the ballot is void.</source>
        <translation>The ticked projects cost more than the budget: the ballot is void.</translation>
    </message>
    <message>
        <source>This ballot cannot be recorded. Nothing saved.</source>
        <translation>This ballot cannot be recorded. Nothing saved.</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Last name</source>
        <extracomment>The refused lines' problems listed at most (the first ones tell what is wrong).</extracomment>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birth year or date (year kept)</source>
        <translation>Birth year or date (year kept)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Agreed to be contacted (oui/non)</source>
        <translation>Agreed to be contacted (oui/non)</translation>
    </message>
    <message>
        <source>Agreed to photos (oui/non)</source>
        <translation>Agreed to photos (oui/non)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
</context>
<context>
    <name>PeopleImportSteps</name>
    <message>
        <source>…and other problems further down.</source>
        <translation>…and other problems further down.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added to the register.</source>
        <translation>
            <numerusform>%n person will be added to the register.</numerusform>
            <numerusform>%n people will be added to the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this file is already in the register: nothing to add.</source>
        <translation>Everyone in this file is already in the register: nothing to add.</translation>
    </message>
    <message>
        <source>No line of this file can be imported as it is.</source>
        <translation>No line of this file can be imported as it is.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the register (same name, e-mail and birth year) will be skipped.</source>
        <translation>
            <numerusform>%n person already in the register (same name, e-mail and birth year) will be skipped.</numerusform>
            <numerusform>%n people already in the register (same name, e-mail and birth year) will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, not imported: %1.</source>
        <translation>Left out, not imported: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file does not say whether these people agreed to be contacted: they are imported without that consent, and the e-mail addresses and phone numbers of %n line(s) are not kept.</source>
        <translation>
            <numerusform>The file does not say whether these people agreed to be contacted: they are imported without that consent, and the e-mail addresses and phone numbers of %n line are not kept.</numerusform>
            <numerusform>The file does not say whether these people agreed to be contacted: they are imported without that consent, and the e-mail addresses and phone numbers of %n lines are not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not agree to be contacted: their e-mail address and phone number are not kept.</source>
        <translation>
            <numerusform>%n person did not agree to be contacted: their e-mail address and phone number are not kept.</numerusform>
            <numerusform>%n people did not agree to be contacted: their e-mail addresses and phone numbers are not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birth dates: only the year is kept (%n line(s)).</source>
        <translation>
            <numerusform>Birth dates: only the year is kept (%n line).</numerusform>
            <numerusform>Birth dates: only the year is kept (%n lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Councils and groups the person sits on today</source>
        <extracomment>The person's id, for any column. What the proxy sorts on: accent- and case-folded text, so "Élodie" sits among the "E". Sorts after any name: empty cells go to the end of an ascending sort.</extracomment>
        <translation>Councils and groups the person sits on today</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone (%1)</source>
        <extracomment>How many people one search lists; more than that is a hint to type a few more letters. Pause after the last key before searching, so typing stays fluid on slow machines.</extracomment>
        <translation>Search by name, e-mail or phone (%1)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Person not found</source>
        <translation>Person not found</translation>
    </message>
    <message>
        <source>This person is no longer in the list: they may have been deleted on another computer.</source>
        <translation>This person is no longer in the list: they may have been deleted on another computer.</translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation>Delete a person</translation>
    </message>
    <message>
        <source>Delete %1 from the people list?

This cannot be undone.</source>
        <translation>Delete %1 from the people list?

This cannot be undone.</translation>
    </message>
    <message>
        <source>Person kept</source>
        <translation>Person kept</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the office's records mention them.</source>
        <translation>%1 cannot be deleted: the office's records mention them.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Delete the selected person (%1). Someone who took part in the office's work (a council, a sign-in sheet, a visit) is kept for the record.</source>
        <translation>Delete the selected person (%1). Someone who took part in the office's work (a council, a sign-in sheet, a visit) is kept for the record.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the first %Ln are listed: search to find the others)</source>
        <translation>
            <numerusform>%1 (only %Ln is listed: search to find the others)</numerusform>
            <numerusform>%1 (the first %Ln are listed: search to find the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people found: type more to narrow the search</source>
        <translation>
            <numerusform>More than %Ln person found: type more to narrow the search</numerusform>
            <numerusform>More than %Ln people found: type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found</source>
        <translation>
            <numerusform>%Ln person found</numerusform>
            <numerusform>%Ln people found</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or search by e-mail or phone number.</source>
        <translation>No one matches “%1”.
Check the spelling, or search by e-mail or phone number.</translation>
    </message>
    <message>
        <source>No one has been recorded yet.
Click “New person” to add the first one.</source>
        <translation>No one has been recorded yet.
Click “New person” to add the first one.</translation>
    </message>
    <message>
        <source>is or was a member of a council or group</source>
        <translation>is or was a member of a council or group</translation>
    </message>
    <message>
        <source>applied to a draw by lot</source>
        <translation>applied to a draw by lot</translation>
    </message>
    <message>
        <source>appears on a sign-in sheet</source>
        <translation>appears on a sign-in sheet</translation>
    </message>
    <message>
        <source>is linked to a recorded visit</source>
        <translation>is linked to a recorded visit</translation>
    </message>
    <message>
        <source>appears in other records</source>
        <translation>appears in other records</translation>
    </message>
    <message>
        <source>People who took part are kept for the record; their personal details are anonymised when the retention period ends.</source>
        <translation>People who took part are kept for the record; their personal details are anonymised when the retention period ends.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the register were skipped.</source>
        <translation>
            <numerusform>%n person already in the register was skipped.</numerusform>
            <numerusform>%n people already in the register were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused line(s) were left out: correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n refused line was left out: correct it in the file and import it again.</numerusform>
            <numerusform>%n refused lines were left out: correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>%n people imported from %1.</source>
        <translation>
            <numerusform>%n person imported from %1.</numerusform>
            <numerusform>%n people imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Add people from a spreadsheet (.xlsx, or CSV saved by Excel), as another office sent it: you say which column holds what, and see what will be imported before anything is saved.</source>
        <translation>Add people from a spreadsheet (.xlsx, or CSV saved by Excel), as another office sent it: you say which column holds what, and see what will be imported before anything is saved.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 could not be imported: nothing was changed. Correct the file and try again.</source>
        <translation>%1 could not be imported: nothing was changed. Correct the file and try again.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <extracomment>Longest text each field accepts, to say so when the service finds it too long. The notes box shows at least this many lines.</extracomment>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. 1984</source>
        <translation>e.g. 1984</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>name@example.fr</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Agrees to be contacted by e-mail or phone</source>
        <translation>Agrees to be contacted by e-mail or phone</translation>
    </message>
    <message>
        <source>Agrees to appear in photos</source>
        <translation>Agrees to appear in photos</translation>
    </message>
    <message>
        <source>Facts useful to the office only: the person may ask to read them. Never note health, origins, religion, political or union views, or any judgement (CNIL guidance).</source>
        <translation>Facts useful to the office only: the person may ask to read them. Never note health, origins, religion, political or union views, or any judgement (CNIL guidance).</translation>
    </message>
    <message>
        <source>This person no longer exists: they may have been deleted on another computer. Nothing was saved.</source>
        <translation>This person no longer exists: they may have been deleted on another computer. Nothing was saved.</translation>
    </message>
    <message>
        <source>The person could not be saved. Nothing was changed.</source>
        <translation>The person could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>(unknown district)</source>
        <translation>(unknown district)</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>given on %1</translation>
    </message>
    <message>
        <source>recorded today when you save</source>
        <translation>recorded today when you save</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisors' PIN</source>
        <translation>Supervisors' PIN</translation>
    </message>
    <message>
        <source>New PIN (4 digits or more)</source>
        <translation>New PIN (4 digits or more)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A PIN is 4 digits or more, digits only.</source>
        <translation>A PIN is 4 digits or more, digits only.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Personal data</source>
        <extracomment>(title, text) -&gt; True to go on. Replaced by tests. suggested file name -&gt; chosen path ("" when cancelled). Replaced by tests.</extracomment>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>How long the office keeps what it knows about people, and the rights of each person: see, export and erase what is held about them.</source>
        <translation>How long the office keeps what it knows about people, and the rights of each person: see, export and erase what is held about them.</translation>
    </message>
    <message>
        <source>Visit notes and names</source>
        <translation>Visit notes and names</translation>
    </message>
    <message>
        <source>Follow-up tickets</source>
        <translation>Follow-up tickets</translation>
    </message>
    <message>
        <source>Reasons in ticket history</source>
        <translation>Reasons in ticket history</translation>
    </message>
    <message>
        <source>Mystery survey comments</source>
        <translation>Mystery survey comments</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>People no longer taking part</source>
        <translation>People no longer taking part</translation>
    </message>
    <message>
        <source>After the visit: the note and the link to a person are blanked; the visit stays in the counts. Kept while a ticket opened from it is open.</source>
        <translation>After the visit: the note and the link to a person are blanked; the visit stays in the counts. Kept while a ticket opened from it is open.</translation>
    </message>
    <message>
        <source>After the ticket is closed (never while open): description, address, location, photo, contact and reasons.</source>
        <translation>After the ticket is closed (never while open): description, address, location, photo, contact and reasons.</translation>
    </message>
    <message>
        <source>After the ticket is closed: the reasons written at each step.</source>
        <translation>After the ticket is closed: the reasons written at each step.</translation>
    </message>
    <message>
        <source>After the survey: the surveyor's name and comments; the grades stay.</source>
        <translation>After the survey: the surveyor's name and comments; the grades stay.</translation>
    </message>
    <message>
        <source>After the entry: who and about whom. Kept longer, as the proof that requests were answered.</source>
        <translation>After the entry: who and about whom. Kept longer, as the proof that requests were answered.</translation>
    </message>
    <message>
        <source>After their last seat, sheet, visit or ticket: the person's sheet is emptied (name, contact, notes); seats and attendance stay in the counts.</source>
        <translation>After their last seat, sheet, visit or ticket: the person's sheet is emptied (name, contact, notes); seats and attendance stay in the counts.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>How long personal data is kept</source>
        <translation>How long personal data is kept</translation>
    </message>
    <message>
        <source>For the whole city: every computer applies the same periods.</source>
        <translation>For the whole city: every computer applies the same periods.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Save the periods</source>
        <translation>Save the periods</translation>
    </message>
    <message>
        <source>Export the records of processing…</source>
        <translation>Export the records of processing…</translation>
    </message>
    <message>
        <source>A workbook for the city's register (GDPR article 30): each kind of data, what is blanked, how long it is kept and where it lives.</source>
        <translation>A workbook for the city's register (GDPR article 30): each kind of data, what is blanked, how long it is kept and where it lives.</translation>
    </message>
    <message>
        <source>What would be anonymised today</source>
        <translation>What would be anonymised today</translation>
    </message>
    <message>
        <source>Runs by itself once a day when the application starts. Rows stay, so every count and indicator stays the same; only personal fields are blanked.</source>
        <translation>Runs by itself once a day when the application starts. Rows stay, so every count and indicator stays the same; only personal fields are blanked.</translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>Anonymise now</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The figures could not be read. The details are in the log file.</source>
        <translation>The figures could not be read. The details are in the log file.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was anonymised.</source>
        <translation>Cancelled: nothing was anonymised.</translation>
    </message>
    <message>
        <source>The anonymisation failed; nothing was changed. The details are in the log file.</source>
        <translation>The anonymisation failed; nothing was changed. The details are in the log file.</translation>
    </message>
    <message>
        <source>One person's data</source>
        <translation>One person's data</translation>
    </message>
    <message>
        <source>Someone asks what the office holds about them, or to be erased: find them by name, e-mail or phone.</source>
        <translation>Someone asks what the office holds about them, or to be erased: find them by name, e-mail or phone.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (Ctrl+F)</source>
        <translation>Name, e-mail or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Recent exports, erasures and anonymisations</source>
        <translation>Recent exports, erasures and anonymisations</translation>
    </message>
    <message>
        <source>The record kept for the city's data protection officer.</source>
        <translation>The record kept for the city's data protection officer.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>default: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies of the database made before an update or a repair, and damaged files set aside. They hold everyone, erased people included, and are deleted from this computer once older than this.</source>
        <translation>Copies of the database made before an update or a repair, and damaged files set aside. They hold everyone, erased people included, and are deleted from this computer once older than this.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has passed its period today.</source>
        <translation>Nothing has passed its period today.</translation>
    </message>
    <message>
        <source>Not run on this computer yet.</source>
        <translation>Not run on this computer yet.</translation>
    </message>
    <message>
        <source>Last automatic run: %1</source>
        <translation>Last automatic run: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>person %1 — %2</source>
        <translation>person %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept from 1 to %n day(s).</source>
        <translation>
            <numerusform>Backups are kept from 1 to %n day.</numerusform>
            <numerusform>Backups are kept from 1 to %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A period is from 1 to 120 months.</source>
        <translation>A period is from 1 to 120 months.</translation>
    </message>
    <message>
        <source>Periods saved.</source>
        <translation>Periods saved.</translation>
    </message>
    <message>
        <source>This computer and the city's other computers; the shared folder until it forgets (about a week after the change).</source>
        <translation>This computer and the city's other computers; the shared folder until it forgets (about a week after the change).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What is kept, and what is blanked at the end</source>
        <translation>What is kept, and what is blanked at the end</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>The backups folder beside the database, on each computer.</source>
        <translation>The backups folder beside the database, on each computer.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Ticket photos and project pictures, without their metadata (owner, GPS position). Deleted once no record names them any more.</source>
        <translation>Ticket photos and project pictures, without their metadata (owner, GPS position). Deleted once no record names them any more.</translation>
    </message>
    <message>
        <source>As long as the record that shows them</source>
        <translation>As long as the record that shows them</translation>
    </message>
    <message>
        <source>records-of-processing.xlsx</source>
        <translation>records-of-processing.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>The personal fields of %n record(s) will be blanked for good, on this computer and, at the next sync, on the others. Counts stay the same.</source>
        <translation><numerusform>The personal fields of %n record will be blanked for good, on this computer and, at the next sync, on the others. Counts stay the same.</numerusform><numerusform>The personal fields of %n records will be blanked for good, on this computer and, at the next sync, on the others. Counts stay the same.</numerusform></translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) on a council</source>
        <translation>
            <numerusform>%n seat on a council</numerusform>
            <numerusform>%n seats on a council</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more held back: the database does not allow it yet)</source>
        <translation><numerusform>(%n more held back: the database does not allow it yet)</numerusform><numerusform>(%n more held back: the database does not allow it yet)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation><numerusform>%n record anonymised.</numerusform><numerusform>%n records anonymised.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidacy(ies)</source>
        <translation>
            <numerusform>%n candidacy</numerusform>
            <numerusform>%n candidacies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s)</source>
        <translation>
            <numerusform>%n draw</numerusform>
            <numerusform>%n draws</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies)</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>their sheet only</source>
        <translation>their sheet only</translation>
    </message>
    <message>
        <source>Held: their sheet, %1.</source>
        <translation>Held: their sheet, %1.</translation>
    </message>
    <message>
        <source>Held: their sheet only.</source>
        <translation>Held: their sheet only.</translation>
    </message>
    <message>
        <source>Export what is held</source>
        <translation>Export what is held</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>The erasure failed; nothing was erased. The details are in the log file.</source>
        <translation>The erasure failed; nothing was erased. The details are in the log file.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>The file could not be written there. Choose another folder.</translation>
    </message>
    <message>
        <source>This person is no longer here.</source>
        <translation>This person is no longer here.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export the records of processing</source>
        <translation>Export the records of processing</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>Everything held about %1 will be erased for good: their sheet, %2. Their seats and candidacies are removed from the councils; their visits, attendance marks and tickets stay in the counts without their name or words. Other computers erase it at their next sync. Export first if they asked for a copy.</source>
        <translation>Everything held about %1 will be erased for good: their sheet, %2. Their seats and candidacies are removed from the councils; their visits, attendance marks and tickets stay in the counts without their name or words. Other computers erase it at their next sync. Export first if they asked for a copy.</translation>
    </message>
    <message>
        <source>Erasing %1…</source>
        <translation>Erasing %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was erased.</source>
        <translation>Cancelled: nothing was erased.</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>%1 has been erased.</translation>
    </message>
    <message>
        <source>The backups on this computer still hold them until %1, when the last of them is deleted.</source>
        <translation>The backups on this computer still hold them until %1, when the last of them is deleted.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Work shorter than this shows no dialog: a window that flashes is noise.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <source>✔ Chosen</source>
        <extracomment>At the reference screen (1280×800), a card is at least this wide, and its picture this big. Little words a title often starts with, which make poor initials ("Une aire de jeux").</extracomment>
        <translation>✔ Chosen</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit the project</source>
        <extracomment>The picture's frame (the rest of the form's look is `FORM_STYLE`). A newly chosen picture's bytes (None: keep what the project has).</extracomment>
        <translation>Edit the project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>For example: A reading hut in the park</source>
        <translation>For example: A reading hut in the park</translation>
    </message>
    <message>
        <source>We want a hut in the park. It will have books. Everyone can read there.</source>
        <translation>We want a hut in the park. It will have books. Everyone can read there.</translation>
    </message>
    <message>
        <source>Picture of the project</source>
        <translation>Picture of the project</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, 5 MB at most. Children see it on the kiosk.</source>
        <translation>PNG, JPEG or SVG, 5 MB at most. Children see it on the kiosk.</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>not on the ballot</source>
        <translation>not on the ballot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Easy-read text</source>
        <translation>Easy-read text</translation>
    </message>
    <message>
        <source>One idea per sentence. Short sentences, everyday words: children read it on the kiosk.</source>
        <translation>One idea per sentence. Short sentences, everyday words: children read it on the kiosk.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>For adults: what will be done, where, with whom.</source>
        <translation>For adults: what will be done, where, with whom.</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>First names or the group's name only (Léa and Tom; CM2 class of Jean Macé school), never a child's full name.</source>
        <translation>First names or the group's name only (Léa and Tom; CM2 class of Jean Macé school), never a child's full name.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Required when the project is not eligible: say why.</source>
        <translation>Required when the project is not eligible: say why.</translation>
    </message>
    <message>
        <source>Place on the ballot</source>
        <translation>Place on the ballot</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>This file could not be read.</translation>
    </message>
    <message>
        <source>This project no longer exists (removed on another computer?). Nothing was saved.</source>
        <translation>This project no longer exists (removed on another computer?). Nothing was saved.</translation>
    </message>
    <message>
        <source>The project could not be saved. Nothing was changed.</source>
        <translation>The project could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Edit the edition…</source>
        <extracomment>Something was saved (an edition or a project): the page reads it all again.</extracomment>
        <translation>Edit the edition…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Earlier on the ballot (Alt+Up)</source>
        <translation>Earlier on the ballot (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Later on the ballot (Alt+Down)</source>
        <translation>Later on the ballot (Alt+Down)</translation>
    </message>
    <message>
        <source>Projects of the edition</source>
        <translation>Projects of the edition</translation>
    </message>
    <message>
        <source>No project yet. Add the children's proposals with “New project…”.</source>
        <translation>No project yet. Add the children's proposals with “New project…”.</translation>
    </message>
    <message>
        <source>Projects: %1 · On the ballot: %2 · Cost of the ballot: %3</source>
        <translation>Projects: %1 · On the ballot: %2 · Cost of the ballot: %3</translation>
    </message>
    <message>
        <source>%1, %2 at most</source>
        <translation>%1, %2 at most</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>vote from %1 to %2</source>
        <translation>vote from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) taking part</source>
        <translation>
            <numerusform>%n site taking part</numerusform>
            <numerusform>%n sites taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast: the ballot is fixed</source>
        <translation>
            <numerusform>%n ballot cast: the ballot is fixed</numerusform>
            <numerusform>%n ballots cast: the ballot is fixed</numerusform>
        </translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>This project no longer exists.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Remove the project</translation>
    </message>
    <message>
        <source>Remove the project “%1”? This cannot be undone.</source>
        <translation>Remove the project “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Project removed: %1</source>
        <translation>Project removed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Children have already voted (%n ballot(s)): the projects on the ballot and their order stay as they are, for the count.</source>
        <translation>
            <numerusform>Children have already voted (%n ballot): the projects on the ballot and their order stay as they are, for the count.</numerusform>
            <numerusform>Children have already voted (%n ballots): the projects on the ballot and their order stay as they are, for the count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The target wait must be 1 to 240 minutes.</source>
        <translation>The target wait must be 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>The announced delay must be 1 to 365 days.</source>
        <translation>The announced delay must be 1 to 365 days.</translation>
    </message>
    <message>
        <source>The survey's date is in the future.</source>
        <translation>The survey's date is in the future.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one.</source>
        <translation>This site no longer exists: choose another one.</translation>
    </message>
    <message>
        <source>Choose how the survey contacted the office.</source>
        <translation>Choose how the survey contacted the office.</translation>
    </message>
    <message>
        <source>An answer is not on this channel's grid.</source>
        <translation>An answer is not on this channel's grid.</translation>
    </message>
    <message>
        <source>Each criterion is met, not met or not observed.</source>
        <translation>Each criterion is met, not met or not observed.</translation>
    </message>
    <message>
        <source>Mark at least one criterion as met or not met.</source>
        <translation>Mark at least one criterion as met or not met.</translation>
    </message>
    <message>
        <source>The surveyor's name is too long.</source>
        <translation>The surveyor's name is too long.</translation>
    </message>
    <message>
        <source>The comment is too long (1,000 characters at most).</source>
        <translation>The comment is too long (1,000 characters at most).</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>Export to a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>Grid: at the desk (and the bus)</source>
        <translation>Grid: at the desk (and the bus)</translation>
    </message>
    <message>
        <source>Grid: on the phone (and Allô mairie)</source>
        <translation>Grid: on the phone (and Allô mairie)</translation>
    </message>
    <message>
        <source>Grid: written requests (e-mail, letter)</source>
        <translation>Grid: written requests (e-mail, letter)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Greeted with a hello as soon as they arrived</source>
        <extracomment>The wording of the charter's criteria (the grids' keys are in `domain.reception.quality`).</extracomment>
        <translation>Greeted with a hello as soon as they arrived</translation>
    </message>
    <message>
        <source>Staff member identifiable (badge, name plate)</source>
        <translation>Staff member identifiable (badge, name plate)</translation>
    </message>
    <message>
        <source>Waiting time announced, or no wait</source>
        <translation>Waiting time announced, or no wait</translation>
    </message>
    <message>
        <source>Served within the target wait</source>
        <translation>Served within the target wait</translation>
    </message>
    <message>
        <source>Clear orientation to the right service or body</source>
        <translation>Clear orientation to the right service or body</translation>
    </message>
    <message>
        <source>Could speak without being overheard</source>
        <translation>Could speak without being overheard</translation>
    </message>
    <message>
        <source>Accessible to people with reduced mobility, seating</source>
        <translation>Accessible to people with reduced mobility, seating</translation>
    </message>
    <message>
        <source>Signs and opening hours easy to find and read</source>
        <translation>Signs and opening hours easy to find and read</translation>
    </message>
    <message>
        <source>Question answered, or a next step given</source>
        <translation>Question answered, or a next step given</translation>
    </message>
    <message>
        <source>Answered within 5 rings</source>
        <translation>Answered within 5 rings</translation>
    </message>
    <message>
        <source>Service and agent introduced themselves</source>
        <translation>Service and agent introduced themselves</translation>
    </message>
    <message>
        <source>Polite and listening</source>
        <translation>Polite and listening</translation>
    </message>
    <message>
        <source>Clear answer, or a call back offered and kept</source>
        <translation>Clear answer, or a call back offered and kept</translation>
    </message>
    <message>
        <source>If transferred, the call was not lost</source>
        <translation>If transferred, the call was not lost</translation>
    </message>
    <message>
        <source>Answered within the announced delay</source>
        <translation>Answered within the announced delay</translation>
    </message>
    <message>
        <source>Receipt acknowledged when the answer takes time</source>
        <translation>Receipt acknowledged when the answer takes time</translation>
    </message>
    <message>
        <source>Clear, complete answer in plain language</source>
        <translation>Clear, complete answer in plain language</translation>
    </message>
    <message>
        <source>Names a contact (name, service, phone or e-mail)</source>
        <translation>Names a contact (name, service, phone or e-mail)</translation>
    </message>
    <message>
        <source>Sent on to the competent body, citizen told</source>
        <translation>Sent on to the competent body, citizen told</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>Where the last export was written.</extracomment>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the indicators, per site and month, with their counts (CSV or Excel)</source>
        <translation>Save the indicators, per site and month, with their counts (CSV or Excel)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Mystery surveys</source>
        <translation>Mystery surveys</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median wait</translation>
    </message>
    <message>
        <source>Half of the visitors at the desk and the bus waited less than this, half longer (with an even number of visits: the mean of the two middle waits).</source>
        <translation>Half of the visitors at the desk and the bus waited less than this, half longer (with an even number of visits: the mean of the two middle waits).</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>90th percentile wait</translation>
    </message>
    <message>
        <source>9 visitors in 10 waited at most this long: the smallest wait such that at least 90 % of waits are less or equal (nearest rank).</source>
        <translation>9 visitors in 10 waited at most this long: the smallest wait such that at least 90 % of waits are less or equal (nearest rank).</translation>
    </message>
    <message>
        <source>Visitors at the desk and the bus served within the target wait (set in Targets), out of all those served there.</source>
        <translation>Visitors at the desk and the bus served within the target wait (set in Targets), out of all those served there.</translation>
    </message>
    <message>
        <source>Phone answer rate</source>
        <translation>Phone answer rate</translation>
    </message>
    <message>
        <source>Calls answered on the phone and the Allô mairie line, out of all calls logged; a missed call counts as not answered.</source>
        <translation>Calls answered on the phone and the Allô mairie line, out of all calls logged; a missed call counts as not answered.</translation>
    </message>
    <message>
        <source>Written requests answered in time</source>
        <translation>Written requests answered in time</translation>
    </message>
    <message>
        <source>E-mails and letters answered within the announced delay (set in Targets): answered on the spot, from arrival to the end of the answer; through a follow-up, from the day of the request to the ticket's closing. Requests still open within the delay are pending and not counted yet.</source>
        <translation>E-mails and letters answered within the announced delay (set in Targets): answered on the spot, from arrival to the end of the answer; through a follow-up, from the day of the request to the ticket's closing. Requests still open within the delay are pending and not counted yet.</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <source>Visits, calls and requests sent on to another service or body, out of all those served (missed calls left out).</source>
        <translation>Visits, calls and requests sent on to another service or body, out of all those served (missed calls left out).</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Answers 3 (satisfied) or 4 (very satisfied), out of all answers 1 to 4.</source>
        <translation>Answers 3 (satisfied) or 4 (very satisfied), out of all answers 1 to 4.</translation>
    </message>
    <message>
        <source>Net satisfaction</source>
        <translation>Net satisfaction</translation>
    </message>
    <message>
        <source>Share of 4 (very satisfied) minus share of 1 and 2 (dissatisfied), in points, from -100 to +100.</source>
        <translation>Share of 4 (very satisfied) minus share of 1 and 2 (dissatisfied), in points, from -100 to +100.</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>By site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Phone answered</source>
        <translation>Phone answered</translation>
    </message>
    <message>
        <source>Written in time</source>
        <translation>Written in time</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>&amp;Grade a survey…</source>
        <translation>&amp;Grade a survey…</translation>
    </message>
    <message>
        <source>Record a mystery survey against the charter's grid (%1)</source>
        <translation>Record a mystery survey against the charter's grid (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Criterion by criterion</source>
        <translation>Criterion by criterion</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Target wait at the desk</source>
        <translation>&amp;Target wait at the desk</translation>
    </message>
    <message>
        <source>Announced &amp;delay for written answers</source>
        <translation>Announced &amp;delay for written answers</translation>
    </message>
    <message>
        <source>These targets are shared by every machine of the city. The figures are recomputed with them at once.</source>
        <translation>These targets are shared by every machine of the city. The figures are recomputed with them at once.</translation>
    </message>
    <message>
        <source>Save the targets</source>
        <translation>Save the targets</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
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
        <translation>No data for this period</translation>
    </message>
    <message>
        <source>%1 visits at the desk and the bus</source>
        <translation>%1 visits at the desk and the bus</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 min</source>
        <translation>%1 of %2 within %3 min</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 of %2 calls</translation>
    </message>
    <message>
        <source>%1 of %2 within %3 days</source>
        <translation>%1 of %2 within %3 days</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>%1 of %2 served</source>
        <translation>%1 of %2 served</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 of %2 answers</translation>
    </message>
    <message>
        <source>(no site)</source>
        <extracomment>The survey's comment takes the room left; so do the criterion's wording and the site. Which columns give way first when the page is narrow (see `FittedColumns`): the figures the cards above already give for all sites, the details of a survey.</extracomment>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>%1 surveys: %2 of the criteria observed were met</source>
        <translation>%1 surveys: %2 of the criteria observed were met</translation>
    </message>
    <message>
        <source>No mystery survey in this period</source>
        <translation>No mystery survey in this period</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Targets saved.</source>
        <translation>Targets saved.</translation>
    </message>
    <message>
        <source>reception-indicators</source>
        <translation>reception-indicators</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: is it open in another program?</source>
        <translation>Could not write %1: is it open in another program?</translation>
    </message>
    <message>
        <source>Indicators saved to %1</source>
        <translation>Indicators saved to %1</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>Counting stopped: the figures shown are those of the previous choice.</source>
        <translation>Counting stopped: the figures shown are those of the previous choice.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Saving the indicators…</source>
        <translation>Saving the indicators…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Visits logged</source>
        <translation>Visits logged</translation>
    </message>
    <message>
        <source>Target wait (min)</source>
        <translation>Target wait (min)</translation>
    </message>
    <message>
        <source>In-person visits with a wait</source>
        <translation>In-person visits with a wait</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median wait (min)</translation>
    </message>
    <message>
        <source>90th percentile wait (min)</source>
        <translation>90th percentile wait (min)</translation>
    </message>
    <message>
        <source>Served within target</source>
        <translation>Served within target</translation>
    </message>
    <message>
        <source>Share served within target</source>
        <translation>Share served within target</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Calls answered</translation>
    </message>
    <message>
        <source>Announced written delay (days)</source>
        <translation>Announced written delay (days)</translation>
    </message>
    <message>
        <source>Written requests answered or overdue</source>
        <translation>Written requests answered or overdue</translation>
    </message>
    <message>
        <source>Share of written requests answered in time</source>
        <translation>Share of written requests answered in time</translation>
    </message>
    <message>
        <source>Written requests pending</source>
        <translation>Written requests pending</translation>
    </message>
    <message>
        <source>Visits served</source>
        <translation>Visits served</translation>
    </message>
    <message>
        <source>Share redirected</source>
        <translation>Share redirected</translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation>Satisfaction answers</translation>
    </message>
    <message>
        <source>Answers 1</source>
        <translation>Answers 1</translation>
    </message>
    <message>
        <source>Answers 2</source>
        <translation>Answers 2</translation>
    </message>
    <message>
        <source>Answers 3</source>
        <translation>Answers 3</translation>
    </message>
    <message>
        <source>Answers 4</source>
        <translation>Answers 4</translation>
    </message>
    <message>
        <source>Net satisfaction (points)</source>
        <translation>Net satisfaction (points)</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Who does what?</source>
        <translation>Who does what?</translation>
    </message>
    <message>
        <source>Reception quality</source>
        <translation>Reception quality</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Not funded: nobody voted for it.</translation>
    </message>
    <message>
        <source>Funded: its %1 supporters paid its cost of %2 from their equal shares.</source>
        <translation>Funded: its %1 supporters paid its cost of %2 from their equal shares.</translation>
    </message>
    <message>
        <source>Funded with the money left over: its cost of %1 fitted in the %2 still left.</source>
        <translation>Funded with the money left over: its cost of %1 fitted in the %2 still left.</translation>
    </message>
    <message>
        <source>Funded: with %1 votes (%2 points), its cost of %3 fitted in the %4 still left.</source>
        <translation>Funded: with %1 votes (%2 points), its cost of %3 fitted in the %4 still left.</translation>
    </message>
    <message>
        <source>Funded: with %1 votes, its cost of %2 fitted in the %3 still left.</source>
        <translation>Funded: with %1 votes, its cost of %2 fitted in the %3 still left.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, but only %2 was left when its turn came.</source>
        <translation>Not funded: it costs %1, but only %2 was left when its turn came.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, but its %2 supporters had only %3 left of their shares.</source>
        <translation>Not funded: it costs %1, but its %2 supporters had only %3 left of their shares.</translation>
    </message>
    <message>
        <source>The %1 left over at the end was too little too.</source>
        <translation>The %1 left over at the end was too little too.</translation>
    </message>
    <message>
        <source>Every voter gets an equal share of the budget. A project is funded when its supporters can pay for it together from their shares.</source>
        <translation>Every voter gets an equal share of the budget. A project is funded when its supporters can pay for it together from their shares.</translation>
    </message>
    <message>
        <source>Money left over then goes to the next projects by votes.</source>
        <translation>Money left over then goes to the next projects by votes.</translation>
    </message>
    <message>
        <source>Projects are funded in order of votes while the money lasts. A project that costs more than what is left is skipped, and the next one is tried.</source>
        <translation>Projects are funded in order of votes while the money lasts. A project that costs more than what is left is skipped, and the next one is tried.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Greedy: by votes while the money lasts</source>
        <translation>Greedy: by votes while the money lasts</translation>
    </message>
    <message>
        <source>Equal Shares, then the money left by votes</source>
        <translation>Equal Shares, then the money left by votes</translation>
    </message>
    <message>
        <source>Equal Shares alone</source>
        <translation>Equal Shares alone</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Count the votes</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Record these results…</source>
        <translation>Record these results…</translation>
    </message>
    <message>
        <source>Choose a rule, then “Count the votes”: every project is shown here.</source>
        <translation>Choose a rule, then “Count the votes”: every project is shown here.</translation>
    </message>
    <message>
        <source>%1 (the edition's rule)</source>
        <translation>%1 (the edition's rule)</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>What if: %1</translation>
    </message>
    <message>
        <source>The vote is not closed (current step: %1): ballots may still come in, so these counts can change. Results are recorded once the edition is at the Results step; recording earlier is an exception you confirm, kept in the audit log.</source>
        <translation>The vote is not closed (current step: %1): ballots may still come in, so these counts can change. Results are recorded once the edition is at the Results step; recording earlier is an exception you confirm, kept in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk “%1” keeps %n ballot(s) that are not counted here: fewer than ten ballots cannot leave a kiosk without giving away how those children voted.</source>
        <translation>
            <numerusform>The kiosk “%1” keeps %n ballot that is not counted here: fewer than ten ballots cannot leave a kiosk without giving away how those children voted.</numerusform>
            <numerusform>The kiosk “%1” keeps %n ballots that are not counted here: fewer than ten ballots cannot leave a kiosk without giving away how those children voted.</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed kiosk</source>
        <translation>unnamed kiosk</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) wait in this computer's ballot box: they are counted once the vote is over, ten or more at a time.</source>
        <translation>
            <numerusform>%n ballot waits in this computer's ballot box: it is counted once the vote is over, ten or more at a time.</numerusform>
            <numerusform>%n ballots wait in this computer's ballot box: they are counted once the vote is over, ten or more at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>What if: this count uses another rule than the edition's (%1). It is for comparison only and cannot be recorded.</source>
        <translation>What if: this count uses another rule than the edition's (%1). It is for comparison only and cannot be recorded.</translation>
    </message>
    <message>
        <source>Count the votes first.</source>
        <translation>Count the votes first.</translation>
    </message>
    <message>
        <source>A what-if count cannot be recorded: only the edition's rule (%1) can.</source>
        <translation>A what-if count cannot be recorded: only the edition's rule (%1) can.</translation>
    </message>
    <message>
        <source>The vote is not closed: recording now is an exception you confirm, kept in the audit log.</source>
        <translation>The vote is not closed: recording now is an exception you confirm, kept in the audit log.</translation>
    </message>
    <message>
        <source>The vote is not closed</source>
        <translation>The vote is not closed</translation>
    </message>
    <message>
        <source>The vote of this edition is not closed (current step: %1). Ballots may still come in, and they would not be in these results.

Recording now is an exception: the audit log keeps who recorded and when. Record anyway?</source>
        <translation>The vote of this edition is not closed (current step: %1). Ballots may still come in, and they would not be in these results.

Recording now is an exception: the audit log keeps who recorded and when. Record anyway?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Record anyway</translation>
    </message>
    <message>
        <source>Record these results</source>
        <translation>Record these results</translation>
    </message>
    <message>
        <source>Record these results?

Rule: %1
Funded projects: %2
Ballots counted: %3

The funded projects are marked, and every machine gets the results at sync. A recording cannot be undone.</source>
        <translation>Record these results?

Rule: %1
Funded projects: %2
Ballots counted: %3

The funded projects are marked, and every machine gets the results at sync. A recording cannot be undone.</translation>
    </message>
    <message>
        <source>Not recorded: the vote is not closed. Count again, then confirm.</source>
        <translation>Not recorded: the vote is not closed. Count again, then confirm.</translation>
    </message>
    <message>
        <source>Not recorded: the ballots changed since this count (new ones arrived). Count again, then record.</source>
        <translation>Not recorded: the ballots changed since this count (new ones arrived). Count again, then record.</translation>
    </message>
    <message>
        <source>Not recorded: only a count under the edition's rule can be recorded.</source>
        <translation>Not recorded: only a count under the edition's rule can be recorded.</translation>
    </message>
    <message>
        <source>Keep this count for the record and mark the funded projects.</source>
        <translation>Keep this count for the record and mark the funded projects.</translation>
    </message>
    <message numerus="yes">
        <source>Alarm: in the batch “%1”, %n code(s) were used on two kiosks while they were offline.</source>
        <translation>
            <numerusform>Alarm: in the batch “%1”, %n code was used on two kiosks while they were offline.</numerusform>
            <numerusform>Alarm: in the batch “%1”, %n codes were used on two kiosks while they were offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every vote was kept: up to %n ballot(s) may have been added.</source>
        <translation>
            <numerusform>Every vote was kept: up to %n ballot may have been added.</numerusform>
            <numerusform>Every vote was kept: up to %n ballots may have been added.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 funded · %2 spent of %3 · %4 left · %5 ballots</source>
        <translation>%1 funded · %2 spent of %3 · %4 left · %5 ballots</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>This edition no longer exists on this machine.</source>
        <translation>This edition no longer exists on this machine.</translation>
    </message>
    <message>
        <source>Recorded. The funded projects are marked; other machines get it at sync.</source>
        <translation>Recorded. The funded projects are marked; other machines get it at sync.</translation>
    </message>
</context>
<context>
    <name>SatisfactionChart</name>
    <message>
        <source>Satisfaction answers</source>
        <translation>Satisfaction answers</translation>
    </message>
    <message>
        <source>1 Very dissatisfied</source>
        <translation>1 Very dissatisfied</translation>
    </message>
    <message>
        <source>2 Dissatisfied</source>
        <translation>2 Dissatisfied</translation>
    </message>
    <message>
        <source>3 Satisfied</source>
        <translation>3 Satisfied</translation>
    </message>
    <message>
        <source>4 Very satisfied</source>
        <translation>4 Very satisfied</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>How Citizen Space is set up on this computer.</source>
        <translation>How Citizen Space is set up on this computer.</translation>
    </message>
    <message>
        <source>For example: Saint-Quentin</source>
        <translation>For example: Saint-Quentin</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>Shared by all the city's computers once they exchange their changes.</source>
        <translation>Shared by all the city's computers once they exchange their changes.</translation>
    </message>
    <message>
        <source>Name of the city</source>
        <translation>Name of the city</translation>
    </message>
    <message>
        <source>Add a site…</source>
        <translation>Add a site…</translation>
    </message>
    <message>
        <source>For example: Reception desk 1</source>
        <translation>For example: Reception desk 1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>None (works on its own)</source>
        <translation>None (works on its own)</translation>
    </message>
    <message>
        <source>The folder on the city's file server, or a USB stick, through which the computers exchange their changes. Leave it empty if this computer works on its own: each computer keeps working without it.</source>
        <translation>The folder on the city's file server, or a USB stick, through which the computers exchange their changes. Leave it empty if this computer works on its own: each computer keeps working without it.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>These settings belong to this computer only.</source>
        <translation>These settings belong to this computer only.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No site chosen</source>
        <translation>No site chosen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>The settings are saved.</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Citizen Space.</source>
        <translation>The new language will be used the next time you start Citizen Space.</translation>
    </message>
    <message>
        <source>This folder cannot be reached right now. This computer keeps working on its own and will exchange its changes once the folder is back.</source>
        <translation>This folder cannot be reached right now. This computer keeps working on its own and will exchange its changes once the folder is back.</translation>
    </message>
    <message>
        <source>This computer may not write to this folder. Ask the IT department for write access, so that this computer can send its changes.</source>
        <translation>This computer may not write to this folder. Ask the IT department for write access, so that this computer can send its changes.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>Nothing was saved. Please correct what is marked above.</translation>
    </message>
    <message>
        <source>The settings could not be saved. The details are in the log file.</source>
        <translation>The settings could not be saved. The details are in the log file.</translation>
    </message>
    <message>
        <source>Enter the name of the city.</source>
        <translation>Enter the name of the city.</translation>
    </message>
    <message>
        <source>This name is too long: %1 characters at most.</source>
        <translation>This name is too long: %1 characters at most.</translation>
    </message>
    <message>
        <source>Give this computer a name, for example “Reception desk 1”.</source>
        <translation>Give this computer a name, for example “Reception desk 1”.</translation>
    </message>
    <message>
        <source>This site does not exist any more. Choose another one.</source>
        <translation>This site does not exist any more. Choose another one.</translation>
    </message>
    <message>
        <source>Choose one of the languages in the list.</source>
        <translation>Choose one of the languages in the list.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose the folder itself.</source>
        <translation>This is a file, not a folder. Choose the folder itself.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Your voting card</source>
        <translation>Your voting card</translation>
    </message>
    <message>
        <source>Go to the voting kiosk.</source>
        <translation>Go to the voting kiosk.</translation>
    </message>
    <message>
        <source>Show this card to the scanner, or type the code.</source>
        <translation>Show this card to the scanner, or type the code.</translation>
    </message>
    <message>
        <source>Choose your projects.</source>
        <translation>Choose your projects.</translation>
    </message>
    <message>
        <source>Press “Yes, I vote!”.</source>
        <translation>Press “Yes, I vote!”.</translation>
    </message>
    <message>
        <source>Voting slips</source>
        <translation>Voting slips</translation>
    </message>
</context>
<context>
    <name>StaffApp</name>
    <message>
        <source>Something went wrong. The details were saved in %1. Your data is safe.</source>
        <extracomment>Set by tests and tests/benchmarks/bench_startup.py: "shown" quits once the window is on screen, "ready" once its first page shows the data (printing its figures), "idle" once the work start-up leaves in the background (the daily anonymisation) is over too. How long after the figures show the other pages' modules start loading (`prefetch`).</extracomment>
        <translation>Something went wrong. The details were saved in %1. Your data is safe.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Quit without changing anything</translation>
    </message>
    <message>
        <source>%1

Citizen Space changed nothing in this file. Keep it, and ask your IT department for help.</source>
        <translation>%1

Citizen Space changed nothing in this file. Keep it, and ask your IT department for help.</translation>
    </message>
    <message>
        <source>%1

A backup made on %2 can be put in its place. The damaged file will be kept beside it under another name, not deleted. What was recorded after the backup will be missing.

Restore the backup?</source>
        <translation>%1

A backup made on %2 can be put in its place. The damaged file will be kept beside it under another name, not deleted. What was recorded after the backup will be missing.

Restore the backup?</translation>
    </message>
    <message>
        <source>The backup could not be opened either: %1</source>
        <translation>The backup could not be opened either: %1</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <extracomment>The overview's figures, read while opening (None for a demo city still to write). What `MainWindow.attach` needs, loaded while the database opens (modules only: no widget is made off the GUI thread).</extracomment>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Backing up the database before upgrading it…</source>
        <translation>Backing up the database before upgrading it…</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>Upgrading the database…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version. This step cannot be interrupted: a database left half-upgraded could not be opened.</source>
        <translation>Upgrading the database to this version. This step cannot be interrupted: a database left half-upgraded could not be opened.</translation>
    </message>
    <message>
        <source>Anonymising expired data…</source>
        <translation>Anonymising expired data…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Anonymisation cancelled: it will run at the next start.</source>
        <translation>Anonymisation cancelled: it will run at the next start.</translation>
    </message>
    <message>
        <source>Creating the demo city…</source>
        <translation>Creating the demo city…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The demo city could not be created. The details are in the log file.</source>
        <translation>The demo city could not be created. The details are in the log file.</translation>
    </message>
    <message>
        <source>The database could not be opened. The details are in the log file.</source>
        <extracomment>The database could not be opened, or the user stopped the opening. The event loop is over: what arrives now is only put away.</extracomment>
        <translation>The database could not be opened. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <source>Site: …</source>
        <translation>Site: …</translation>
    </message>
    <message>
        <source>Computer: …</source>
        <translation>Computer: …</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Site: not chosen</source>
        <translation>Site: not chosen</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Sync: the status could not be read (see the log)</source>
        <translation>Sync: the status could not be read (see the log)</translation>
    </message>
    <message>
        <source>Sync: no shared folder — everything is kept on this computer.</source>
        <translation>Sync: no shared folder — everything is kept on this computer.</translation>
    </message>
    <message>
        <source>Exchanging changes with the shared folder…</source>
        <translation>Exchanging changes with the shared folder…</translation>
    </message>
    <message>
        <source>Last successful exchange: %1</source>
        <translation>Last successful exchange: %1</translation>
    </message>
    <message>
        <source>To exchange changes with the city's other computers, choose a shared folder in Settings.</source>
        <translation>To exchange changes with the city's other computers, choose a shared folder in Settings.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Grade a mystery survey</source>
        <translation>Grade a mystery survey</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Firm or person who made the survey</source>
        <translation>Firm or person who made the survey</translation>
    </message>
    <message>
        <source>Sur&amp;veyor</source>
        <translation>Sur&amp;veyor</translation>
    </message>
    <message>
        <source>For each criterion: 1 met, 0 not met, Delete not observed; Tab for the next.</source>
        <translation>For each criterion: 1 met, 0 not met, Delete not observed; Tab for the next.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mment</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <source>%Ln damaged file(s) ignored</source>
        <translation>
            <numerusform>%Ln damaged file ignored</numerusform>
            <numerusform>%Ln damaged files ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged file(s) on the shared folder were ignored: nothing in them was applied. The computer that wrote them still has its changes and will send them again.</source>
        <translation>
            <numerusform>%Ln damaged file on the shared folder was ignored: nothing in it was applied. The computer that wrote it still has its changes and will send them again.</numerusform>
            <numerusform>%Ln damaged files on the shared folder were ignored: nothing in them was applied. The computers that wrote them still have their changes and will send them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) of the shared folder left aside</source>
        <translation>
            <numerusform>%Ln entry of the shared folder left aside</numerusform>
            <numerusform>%Ln entries of the shared folder left aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) of the shared folder could not be used and were left aside; everything else was exchanged. Ask the IT department to repair or remove:</source>
        <translation>
            <numerusform>%Ln entry of the shared folder could not be used and was left aside; everything else was exchanged. Ask the IT department to repair or remove it:</numerusform>
            <numerusform>%Ln entries of the shared folder could not be used and were left aside; everything else was exchanged. Ask the IT department to repair or remove them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) use a newer version of Citizen Space: their changes wait until this computer is upgraded.</source>
        <translation>
            <numerusform>%Ln computer uses a newer version of Citizen Space: its changes wait until this computer is upgraded.</numerusform>
            <numerusform>%Ln computers use a newer version of Citizen Space: their changes wait until this computer is upgraded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some changes from %Ln computer(s) are not complete on the shared folder yet: they will be applied once the missing part arrives.</source>
        <translation>
            <numerusform>Some changes from %Ln computer are not complete on the shared folder yet: they will be applied once the missing part arrives.</numerusform>
            <numerusform>Some changes from %Ln computers are not complete on the shared folder yet: they will be applied once the missing part arrives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be shared</source>
        <translation>
            <numerusform>%Ln change waiting to be shared</numerusform>
            <numerusform>%Ln changes waiting to be shared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>No shared folder — everything is kept on this computer</source>
        <translation>No shared folder — everything is kept on this computer</translation>
    </message>
    <message>
        <source>Shared folder unreachable — everything is kept on this computer</source>
        <translation>Shared folder unreachable — everything is kept on this computer</translation>
    </message>
    <message>
        <source>The shared folder refuses our changes — they are kept on this computer</source>
        <translation>The shared folder refuses our changes — they are kept on this computer</translation>
    </message>
    <message>
        <source>The shared folder needs a newer version of Citizen Space</source>
        <translation>The shared folder needs a newer version of Citizen Space</translation>
    </message>
    <message>
        <source>The shared folder is damaged — everything is kept on this computer</source>
        <translation>The shared folder is damaged — everything is kept on this computer</translation>
    </message>
    <message>
        <source>The last exchange failed — everything is kept on this computer</source>
        <translation>The last exchange failed — everything is kept on this computer</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database</source>
        <translation>Another synchronisation is running on this database</translation>
    </message>
    <message>
        <source>New computer — waiting for the shared folder's next snapshot</source>
        <translation>New computer — waiting for the shared folder's next snapshot</translation>
    </message>
    <message>
        <source>No shared folder is chosen yet. Everything you record is kept on this computer; choose the shared folder in Settings to exchange changes with the other computers.</source>
        <translation>No shared folder is chosen yet. Everything you record is kept on this computer; choose the shared folder in Settings to exchange changes with the other computers.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: the network is down, or the USB stick is not plugged in. Everything is kept on this computer and will be exchanged once the folder is back.</source>
        <translation>The shared folder cannot be reached: the network is down, or the USB stick is not plugged in. Everything is kept on this computer and will be exchanged once the folder is back.</translation>
    </message>
    <message>
        <source>The shared folder refused to save this computer's changes, even after several tries (access rights, full disk or antivirus). They are kept on this computer. If this lasts, ask the IT department.</source>
        <translation>The shared folder refused to save this computer's changes, even after several tries (access rights, full disk or antivirus). They are kept on this computer. If this lasts, ask the IT department.</translation>
    </message>
    <message>
        <source>The shared folder is used by a newer version of Citizen Space. Install the new version on this computer to exchange changes again; until then, everything is kept here.</source>
        <translation>The shared folder is used by a newer version of Citizen Space. Install the new version on this computer to exchange changes again; until then, everything is kept here.</translation>
    </message>
    <message>
        <source>The description file of the shared folder (FORMAT.json) cannot be read. Nothing was changed there. Ask the IT department to look at it.</source>
        <translation>The description file of the shared folder (FORMAT.json) cannot be read. Nothing was changed there. Ask the IT department to look at it.</translation>
    </message>
    <message>
        <source>The exchange stopped on an unexpected error. Nothing was lost. The details are in the log file.</source>
        <translation>The exchange stopped on an unexpected error. Nothing was lost. The details are in the log file.</translation>
    </message>
    <message>
        <source>Another synchronisation is running on this database (a scheduled task, or another window), and it went on for too long: this one stopped without changing anything. The next exchange will try again.</source>
        <translation>Another synchronisation is running on this database (a scheduled task, or another window), and it went on for too long: this one stopped without changing anything. The next exchange will try again.</translation>
    </message>
    <message>
        <source>Another copy of this computer's database also exchanges with the shared folder (a cloned disk, or a file copied or put back by hand). From now on this computer exchanges under a name of its own; nothing was lost, and what it had not sent yet is sent now.</source>
        <translation>Another copy of this computer's database also exchanges with the shared folder (a cloned disk, or a file copied or put back by hand). From now on this computer exchanges under a name of its own; nothing was lost, and what it had not sent yet is sent now.</translation>
    </message>
    <message>
        <source>This computer is new: it starts from the city's latest snapshot in the shared folder, but that snapshot is damaged or older than the changes left beside it, which no longer go back to the beginning. Nothing was applied, and this computer's own changes are kept. It starts on its own once another computer has synced (which publishes a new snapshot).</source>
        <translation>This computer is new: it starts from the city's latest snapshot in the shared folder, but that snapshot is damaged or older than the changes left beside it, which no longer go back to the beginning. Nothing was applied, and this computer's own changes are kept. It starts on its own once another computer has synced (which publishes a new snapshot).</translation>
    </message>
    <message>
        <source>Demo city — exchanged only with a demo shared folder</source>
        <translation>Demo city — exchanged only with a demo shared folder</translation>
    </message>
    <message>
        <source>Demo shared folder — never used by a real city</source>
        <translation>Demo shared folder — never used by a real city</translation>
    </message>
    <message>
        <source>The demo shared folder holds another demo city</source>
        <translation>The demo shared folder holds another demo city</translation>
    </message>
    <message>
        <source>This computer was retired — waiting for the next snapshot</source>
        <translation>This computer was retired — waiting for the next snapshot</translation>
    </message>
    <message>
        <source>This is a demo city: it exchanges its changes only with a demo shared folder, never with a real city's, so that made-up people never reach the real ones. The folder chosen in Settings is not a demo shared folder: nothing was exchanged. To try the sync, the IT department makes one (see the README).</source>
        <translation>This is a demo city: it exchanges its changes only with a demo shared folder, never with a real city's, so that made-up people never reach the real ones. The folder chosen in Settings is not a demo shared folder: nothing was exchanged. To try the sync, the IT department makes one (see the README).</translation>
    </message>
    <message>
        <source>The folder chosen in Settings is a demo shared folder, made to try the sync with demo cities: a real city's data never go there. Nothing was exchanged. Choose the city's own shared folder in Settings.</source>
        <translation>The folder chosen in Settings is a demo shared folder, made to try the sync with demo cities: a real city's data never go there. Nothing was exchanged. Choose the city's own shared folder in Settings.</translation>
    </message>
    <message>
        <source>The demo shared folder holds another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make this demo city again like that one (the IT department knows how: see the README).</source>
        <translation>The demo shared folder holds another demo city (made another day, or from other data files): nothing was exchanged, so that two demo cities are not mixed. Make this demo city again like that one (the IT department knows how: see the README).</translation>
    </message>
    <message>
        <source>An administrator retired this computer from the shared folder while it was away. What it had not sent yet has been sent. It starts again from the city's latest snapshot, so that nothing erased meanwhile comes back; no snapshot can serve it yet. It starts on its own once another computer has synced (which publishes a new snapshot).</source>
        <translation>An administrator retired this computer from the shared folder while it was away. What it had not sent yet has been sent. It starts again from the city's latest snapshot, so that nothing erased meanwhile comes back; no snapshot can serve it yet. It starts on its own once another computer has synced (which publishes a new snapshot).</translation>
    </message>
    <message>
        <source>An administrator had retired this computer from the shared folder while it was away. It sent what it had not sent yet, then started again from the city's latest snapshot: it now holds what every other computer holds, and nothing erased meanwhile.</source>
        <translation>An administrator had retired this computer from the shared folder while it was away. It sent what it had not sent yet, then started again from the city's latest snapshot: it now holds what every other computer holds, and nothing erased meanwhile.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>computer %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Council or group</source>
        <translation>Council or group</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>%1: a record arrived from another computer with the same identity as one here but different contents. The one here was kept unchanged; please check it (reference %2).</translation>
    </message>
    <message>
        <source>A voting code of the batch “%1” was used on two kiosks while they were offline. Both votes were kept: the results page says how many ballots this may have added.</source>
        <translation>A voting code of the batch “%1” was used on two kiosks while they were offline. Both votes were kept: the results page says how many ballots this may have added.</translation>
    </message>
    <message>
        <source>Changes to a kind of data this version does not know (%1) were set aside. Install the latest version of Citizen Space.</source>
        <translation>Changes to a kind of data this version does not know (%1) were set aside. Install the latest version of Citizen Space.</translation>
    </message>
    <message>
        <source>Sync warning “%1” on %2 (reference %3).</source>
        <translation>Sync warning “%1” on %2 (reference %3).</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange changes with the city's other computers through the shared folder or a USB stick.</source>
        <translation>Exchange changes with the city's other computers through the shared folder or a USB stick.</translation>
    </message>
    <message>
        <source>Change in Settings…</source>
        <translation>Change in Settings…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync, then remove the USB stick</source>
        <translation>Sync, then remove the USB stick</translation>
    </message>
    <message>
        <source>Also sends the ballots kept back until there are enough of them, then tells you when the stick can be removed.</source>
        <translation>Also sends the ballots kept back until there are enough of them, then tells you when the stick can be removed.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>No conflict: the computers agree on everything they exchanged.</source>
        <translation>No conflict: the computers agree on everything they exchanged.</translation>
    </message>
    <message>
        <source>Two computers changed the same information without seeing each other's change. Choose the right value: your choice is sent to every computer at the next exchange.</source>
        <translation>Two computers changed the same information without seeing each other's change. Choose the right value: your choice is sent to every computer at the next exchange.</translation>
    </message>
    <message>
        <source>Computers seen</source>
        <translation>Computers seen</translation>
    </message>
    <message>
        <source>Retire this computer…</source>
        <translation>Retire this computer…</translation>
    </message>
    <message>
        <source>For a computer that will not come back (lost, broken, replaced): the shared folder no longer keeps, for it, changes that the others have all received, nor the names erased since.</source>
        <translation>For a computer that will not come back (lost, broken, replaced): the shared folder no longer keeps, for it, changes that the others have all received, nor the names erased since.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Shared folder: %1</translation>
    </message>
    <message>
        <source>No shared folder is chosen yet: everything is kept on this computer. Choose one in Settings to exchange changes with the other computers.</source>
        <translation>No shared folder is chosen yet: everything is kept on this computer. Choose one in Settings to exchange changes with the other computers.</translation>
    </message>
    <message>
        <source>No successful exchange yet.</source>
        <translation>No successful exchange yet.</translation>
    </message>
    <message>
        <source>Last successful exchange: %1</source>
        <translation>Last successful exchange: %1</translation>
    </message>
    <message>
        <source>Everything recorded on this computer has been shared.</source>
        <translation>Everything recorded on this computer has been shared.</translation>
    </message>
    <message>
        <source>Last attempt: %1.</source>
        <translation>Last attempt: %1.</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Written on %1</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Keep “%1”</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>Retire %1 from the shared folder? Do this only for a computer that will not come back. The shared folder will no longer keep, for it, what the others have all received. If it comes back all the same, it first sends what it had not sent, then starts again from the city's latest snapshot.</source>
        <translation>Retire %1 from the shared folder? Do this only for a computer that will not come back. The shared folder will no longer keep, for it, what the others have all received. If it comes back all the same, it first sends what it had not sent, then starts again from the city's latest snapshot.</translation>
    </message>
    <message>
        <source>%1 is retired. The other computers take it into account at their next exchange.</source>
        <translation>%1 is retired. The other computers take it into account at their next exchange.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: nothing was changed. Try again when it is.</source>
        <translation>The shared folder cannot be reached: nothing was changed. Try again when it is.</translation>
    </message>
    <message>
        <source>The computer could not be retired. The details are in the log file.</source>
        <translation>The computer could not be retired. The details are in the log file.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nothing to report.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Exchanging…</translation>
    </message>
    <message>
        <source>Writing to the USB stick… Do not remove it yet.</source>
        <translation>Writing to the USB stick… Do not remove it yet.</translation>
    </message>
    <message>
        <source>You can safely remove the USB stick.</source>
        <translation>You can safely remove the USB stick.</translation>
    </message>
    <message>
        <source>The exchange did not go through (see above).</source>
        <translation>The exchange did not go through (see above).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) of this computer are not on the stick yet. Sync again.</source>
        <translation>
            <numerusform>%Ln change of this computer is not on the stick yet. Sync again.</numerusform>
            <numerusform>%Ln changes of this computer are not on the stick yet. Sync again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not remove the USB stick yet. %1</source>
        <translation>Do not remove the USB stick yet. %1</translation>
    </message>
    <message>
        <source>“%1” is kept for %2. The other computers will follow at the next exchange.</source>
        <translation>“%1” is kept for %2. The other computers will follow at the next exchange.</translation>
    </message>
    <message>
        <source>Your choice could not be saved. The details are in the log file.</source>
        <translation>Your choice could not be saved. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>Served within the target wait, by month</source>
        <translation>Served within the target wait, by month</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Goal reached</translation>
    </message>
    <message>
        <source>Below the goal</source>
        <translation>Below the goal</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <extracomment>Work shorter than this never shows the strip. Where the work runs (a test may give its own pool).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Give the theme a name</source>
        <translation>Give the theme a name</translation>
    </message>
    <message>
        <source>The name is too long: 120 characters at most</source>
        <translation>The name is too long: 120 characters at most</translation>
    </message>
    <message>
        <source>Too many keywords: 400 characters at most</source>
        <translation>Too many keywords: 400 characters at most</translation>
    </message>
    <message>
        <source>A theme of this name already exists here</source>
        <translation>A theme of this name already exists here</translation>
    </message>
    <message>
        <source>This theme no longer exists (changed on another computer)</source>
        <translation>This theme no longer exists (changed on another computer)</translation>
    </message>
    <message>
        <source>Themes have two levels: a sub-theme cannot hold sub-themes</source>
        <translation>Themes have two levels: a sub-theme cannot hold sub-themes</translation>
    </message>
    <message>
        <source>This theme has sub-themes: it stays at the top level</source>
        <translation>This theme has sub-themes: it stays at the top level</translation>
    </message>
    <message>
        <source>A theme cannot be its own sub-theme</source>
        <translation>A theme cannot be its own sub-theme</translation>
    </message>
    <message>
        <source>Visit themes</source>
        <extracomment>The refusals that are about the theme's name, and those about where it stands.</extracomment>
        <translation>Visit themes</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>New sub-theme</translation>
    </message>
    <message>
        <source>Words a receptionist might type</source>
        <translation>Words a receptionist might type</translation>
    </message>
    <message>
        <source>In use (offered at the desk)</source>
        <translation>In use (offered at the desk)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Save the theme</source>
        <translation>Save the theme</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (not in use)</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>By letter</translation>
    </message>
    <message>
        <source>By text message (SMS)</source>
        <translation>By text message (SMS)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Did not wish to be told</source>
        <translation>Did not wish to be told</translation>
    </message>
    <message>
        <source>This step is not possible from the ticket's current status.</source>
        <translation>This step is not possible from the ticket's current status.</translation>
    </message>
    <message>
        <source>Say why the ticket is rejected: the citizen will be told.</source>
        <translation>Say why the ticket is rejected: the citizen will be told.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This category does not exist (any more): choose another one.</source>
        <translation>This category does not exist (any more): choose another one.</translation>
    </message>
    <message>
        <source>This category is no longer in use: choose another one.</source>
        <translation>This category is no longer in use: choose another one.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory: choose another one.</source>
        <translation>This service is no longer in the directory: choose another one.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one.</source>
        <translation>This site no longer exists: choose another one.</translation>
    </message>
    <message>
        <source>The visit this ticket follows up no longer exists.</source>
        <translation>The visit this ticket follows up no longer exists.</translation>
    </message>
    <message>
        <source>A latitude is between -90 and 90 (Saint-Quentin: about 49.85).</source>
        <translation>A latitude is between -90 and 90 (Saint-Quentin: about 49.85).</translation>
    </message>
    <message>
        <source>A longitude is between -180 and 180 (Saint-Quentin: about 3.29).</source>
        <translation>A longitude is between -180 and 180 (Saint-Quentin: about 3.29).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Give both the latitude and the longitude, or neither.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.fr).</source>
        <translation>This is not a valid e-mail address (example: name@example.fr).</translation>
    </message>
    <message>
        <source>This is not a valid phone number (example: 06 12 34 56 78).</source>
        <translation>This is not a valid phone number (example: 06 12 34 56 78).</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG picture.</source>
        <translation>The photo must be a PNG or JPEG picture.</translation>
    </message>
    <message>
        <source>The photo is too big: 5 MB at most.</source>
        <translation>The photo is too big: 5 MB at most.</translation>
    </message>
    <message>
        <source>This photo could not be opened: the file is damaged or is not really a picture. Choose another PNG or JPEG file.</source>
        <translation>This photo could not be opened: the file is damaged or is not really a picture. Choose another PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Name the competent body the request is forwarded to.</source>
        <translation>Name the competent body the request is forwarded to.</translation>
    </message>
    <message>
        <source>This service belongs to the City: a request outside the City's competence goes to another body.</source>
        <translation>This service belongs to the City: a request outside the City's competence goes to another body.</translation>
    </message>
    <message>
        <source>The request was forwarded outside the City's competence: record that the citizen was told (article L114-2) before closing it.</source>
        <translation>The request was forwarded outside the City's competence: record that the citizen was told (article L114-2) before closing it.</translation>
    </message>
    <message>
        <source>The citizen cannot have been told before the ticket was opened.</source>
        <translation>The citizen cannot have been told before the ticket was opened.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>A code is made of letters, digits, dots, dashes or underscores, no spaces.</source>
        <translation>A code is made of letters, digits, dots, dashes or underscores, no spaces.</translation>
    </message>
    <message>
        <source>Another category has this code.</source>
        <translation>Another category has this code.</translation>
    </message>
    <message>
        <source>Another category has this name.</source>
        <translation>Another category has this name.</translation>
    </message>
    <message>
        <source>The delay is between 1 and 365 days.</source>
        <translation>The delay is between 1 and 365 days.</translation>
    </message>
    <message>
        <source>This is not a number (example: 49,8465).</source>
        <translation>This is not a number (example: 49,8465).</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>All tickets</source>
        <extracomment>The due date of a ticket that is late. Pause after the last key typed in the search before reading the list again. Which columns give way first when the list is narrow (0: never), in each tab.</extracomment>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Finds the tickets with all these words in their category, description, address or service, accents and capitals aside (Ctrl+F)</source>
        <translation>Finds the tickets with all these words in their category, description, address or service, accents and capitals aside (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <source>A new Allô mairie report (Ctrl+N)</source>
        <translation>A new Allô mairie report (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Export Open311…</source>
        <translation>Export Open311…</translation>
    </message>
    <message>
        <source>Tickets in the Open311 GeoReport v2 shape, JSON or CSV. Descriptions and addresses are exported; the staff's notes only if you ask; the citizens' contacts never are.</source>
        <translation>Tickets in the Open311 GeoReport v2 shape, JSON or CSV. Descriptions and addresses are exported; the staff's notes only if you ask; the citizens' contacts never are.</translation>
    </message>
    <message>
        <source>Opened</source>
        <extracomment>The order each column sorts by, in the database.</extracomment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
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
        <translation>Citizen told</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Citizen &amp;informed…</source>
        <translation>Citizen &amp;informed…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to see it here.</source>
        <translation>Choose a ticket in the list to see it here.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) overdue</source>
        <translation>
            <numerusform>%n ticket overdue</numerusform>
            <numerusform>%n tickets overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket here has these words.</source>
        <translation>No ticket here has these words.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Words, address, service…</source>
        <translation>Words, address, service…</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Nothing is late.</translation>
    </message>
    <message>
        <source>No ticket here. A follow-up is opened from a visit at the desk, or with "New report…" for an Allô mairie call.</source>
        <translation>No ticket here. A follow-up is opened from a visit at the desk, or with "New report…" for an Allô mairie call.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (closed on %2)</source>
        <translation>%1 (closed on %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) late</source>
        <translation>
            <numerusform>%1 — %n day late</numerusform>
            <numerusform>%1 — %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — outside the City's competence, forwarded on %2</source>
        <translation>%1 — outside the City's competence, forwarded on %2</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, on %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Forwarded outside the City's competence: the citizen must be told where the request went (article L114-2 of the Code des relations entre le public et l'administration).</source>
        <translation>Forwarded outside the City's competence: the citizen must be told where the request went (article L114-2 of the Code des relations entre le public et l'administration).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>the ticket left this list; see "All statuses"</source>
        <translation>the ticket left this list; see "All statuses"</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>This ticket no longer exists.</translation>
    </message>
    <message>
        <source>Reject the ticket</source>
        <translation>Reject the ticket</translation>
    </message>
    <message>
        <source>Why is it rejected? The citizen will be told this reason.</source>
        <translation>Why is it rejected? The citizen will be told this reason.</translation>
    </message>
    <message>
        <source>This ticket no longer exists: it may have been removed elsewhere.</source>
        <translation>This ticket no longer exists: it may have been removed elsewhere.</translation>
    </message>
    <message>
        <source>Export Open311</source>
        <translation>Export Open311</translation>
    </message>
    <message>
        <source>Open311 JSON (*.json)</source>
        <translation>Open311 JSON (*.json)</translation>
    </message>
    <message>
        <source>Open311 CSV (*.csv)</source>
        <translation>Open311 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copying the photos: %1 of %2</source>
        <translation>Copying the photos: %1 of %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>The export was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Exporting the tickets and their photos…</source>
        <translation>Exporting the tickets and their photos…</translation>
    </message>
    <message>
        <source>Open311 export</source>
        <translation>Open311 export</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exported.</source>
        <translation>
            <numerusform>%n ticket exported.</numerusform>
            <numerusform>%n tickets exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Competent service</source>
        <translation>Competent service</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
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
        <translation>Staff</translation>
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
        <translation>Channel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 visits match these filters</source>
        <translation>%1 visits match these filters</translation>
    </message>
</context>
<context>
    <name>VotesChart</name>
    <message>
        <source>Votes per project</source>
        <translation>Votes per project</translation>
    </message>
</context>
<context>
    <name>WaitChart</name>
    <message>
        <source>Waiting time by month (minutes)</source>
        <extracomment>The share of in-person visits served within the target wait the office aims for. Height of a chart's plot, under its title and legend.</extracomment>
        <translation>Waiting time by month (minutes)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>WorkIndicator</name>
    <message>
        <source>Cancel</source>
        <extracomment>Background work shorter than this shows nothing: a bar that flashes is noise.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
</TS>
