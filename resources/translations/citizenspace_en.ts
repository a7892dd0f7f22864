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
        <source>This text is too long</source>
        <translation>This text is too long</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters at most</source>
        <translation>This text is too long: %1 characters at most</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>For kiosks without codes: an adult unlocks each vote with this PIN.</source>
        <translation>For kiosks without codes: an adult unlocks each vote with this PIN.</translation>
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
    <message>
        <source>Ballots with a code and codes used differ: a code was used on two kiosks, or a machine has not exchanged its votes yet.</source>
        <translation>Ballots with a code and codes used differ: a code was used on two kiosks, or a machine has not exchanged its votes yet.</translation>
    </message>
    <message>
        <source>Any kiosk</source>
        <translation>Any kiosk</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>not printed</translation>
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
        <source>The projects do not fit on one ballot page: shorten their texts.</source>
        <translation>The projects do not fit on one ballot page: shorten their texts.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation>%1 could not be written (%2). Nothing was saved.</translation>
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
        <source>%1 holds the demo city: it is never exchanged with a real share.</source>
        <translation>%1 holds the demo city: it is never exchanged with a real share.</translation>
    </message>
    <message>
        <source>The central share %1 cannot be used now: %2. Nothing was lost.</source>
        <translation>The central share %1 cannot be used now: %2. Nothing was lost.</translation>
    </message>
    <message>
        <source>Segments written: %1, applied: %2, rejected: %3; changes applied: %4; conflicts to review: %5; devices seen: %6.</source>
        <translation>Segments written: %1, applied: %2, rejected: %3; changes applied: %4; conflicts to review: %5; devices seen: %6.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
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
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Log every visit, call, e-mail or letter in seconds, and find at once who handles a question: the City, the Urban Community or another body.</source>
        <translation>Log every visit, call, e-mail or letter in seconds, and find at once who handles a question: the City, the Urban Community or another body.</translation>
    </message>
    <message>
        <source>Record a visit in a few keystrokes, at the desk or on the bus.</source>
        <translation>Record a visit in a few keystrokes, at the desk or on the bus.</translation>
    </message>
    <message>
        <source>Look up “who does what” while the person is in front of you.</source>
        <translation>Look up “who does what” while the person is in front of you.</translation>
    </message>
    <message>
        <source>Follow up the questions you could not answer on the spot.</source>
        <translation>Follow up the questions you could not answer on the spot.</translation>
    </message>
    <message>
        <source>See how reception is doing, month by month.</source>
        <translation>See how reception is doing, month by month.</translation>
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
    <name>DevicesModel</name>
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
    <name>KioskWindow</name>
    <message>
        <source>Children's budget: vote</source>
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
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <source>Next ➜</source>
        <translation>Next ➜</translation>
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
        <extracomment>How often the status bar looks at the share again, in milliseconds. The pages that show data, built once the database is open.</extracomment>
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
        <source>this is not a text file in UTF-8 or Windows-1252: save it again as CSV.</source>
        <translation>this is not a text file in UTF-8 or Windows-1252: save it again as CSV.</translation>
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
        <source>%1 must be yes or no, not "%2".</source>
        <translation>%1 must be yes or no, not "%2".</translation>
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
    <name>PeopleModel</name>
    <message>
        <source>Councils and groups the person sits on today</source>
        <extracomment>The person's id, for any column. What the proxy sorts on: accent- and case-folded text, so "Élodie" sits among the "E". How many people one search lists; more than that is a hint to type a few more letters. Pause after the last key before searching, so typing stays fluid on slow machines. Sorts after any name: empty cells go to the end of an ascending sort.</extracomment>
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
        <source>Spreadsheets saved as CSV (*.csv *.txt)</source>
        <translation>Spreadsheets saved as CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone (%1)</source>
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
        <source>Add people from a spreadsheet saved as CSV (Excel: “CSV (separator: semicolon)”). The first line names the columns: Nom, Prénom, and optionally Courriel, Téléphone, Année de naissance, Adresse, Code postal, Quartier, Consentement contact.</source>
        <translation>Add people from a spreadsheet saved as CSV (Excel: “CSV (separator: semicolon)”). The first line names the columns: Nom, Prénom, and optionally Courriel, Téléphone, Année de naissance, Adresse, Code postal, Quartier, Consentement contact.</translation>
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
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
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
        <source>%1 could not be imported: nothing was changed. Correct the file and try again.</source>
        <translation>%1 could not be imported: nothing was changed. Correct the file and try again.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <extracomment>Marks a field the service refused; the style sheet below draws it with a red border. Longest text each field accepts, to say so when the service finds it too long.</extracomment>
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
    <name>ProjectCard</name>
    <message>
        <source>✔ Chosen</source>
        <extracomment>An unfinished ballot is discarded after this long without a touch or a key. The thank-you screen goes back to the welcome screen by itself after this long. Little words a title often starts with, which make poor initials ("Une aire de jeux").</extracomment>
        <translation>✔ Chosen</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit the project</source>
        <extracomment>A newly chosen picture's bytes (None: keep what the project has).</extracomment>
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
        <source>Record these results</source>
        <translation>Record these results</translation>
    </message>
    <message>
        <source>Keep this count for the record and mark the funded projects.</source>
        <translation>Keep this count for the record and mark the funded projects.</translation>
    </message>
    <message>
        <source>%1 funded · %2 spent of %3 · %4 left · %5 ballots</source>
        <translation>%1 funded · %2 spent of %3 · %4 left · %5 ballots</translation>
    </message>
    <message>
        <source>Recorded. The funded projects are marked; other machines get it at sync.</source>
        <translation>Recorded. The funded projects are marked; other machines get it at sync.</translation>
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
        <extracomment>Set by tests/benchmarks/bench_startup.py: "shown" quits once the window is on screen, "ready" once its first page shows the data.</extracomment>
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
        <source>Demo city — never exchanged with the shared folder</source>
        <translation>Demo city — never exchanged with the shared folder</translation>
    </message>
    <message>
        <source>The last exchange failed — everything is kept on this computer</source>
        <translation>The last exchange failed — everything is kept on this computer</translation>
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
        <source>This is the demo city: it is never exchanged with the shared folder, so that made-up people never reach the real ones.</source>
        <translation>This is the demo city: it is never exchanged with the shared folder, so that made-up people never reach the real ones.</translation>
    </message>
    <message>
        <source>The exchange stopped on an unexpected error. Nothing was lost. The details are in the log file.</source>
        <translation>The exchange stopped on an unexpected error. Nothing was lost. The details are in the log file.</translation>
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
    <name>VotesChart</name>
    <message>
        <source>Votes per project</source>
        <translation>Votes per project</translation>
    </message>
</context>
</TS>
