<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnthroBatch</name>
    <message>
        <source>The file lacks required columns: %1.</source>
        <translation>The file lacks required columns: %1.</translation>
    </message>
    <message>
        <source>The file already has a column named %1; rename it first.</source>
        <translation>The file already has a column named %1; rename it first.</translation>
    </message>
    <message>
        <source>sex must be L or P</source>
        <translation>sex must be L or P</translation>
    </message>
    <message>
        <source>age_days must be a number of days, 0 or more</source>
        <translation>age_days must be a number of days, 0 or more</translation>
    </message>
    <message>
        <source>birth_date and visit_date must be real dates (YYYY-MM-DD), or give age_days</source>
        <translation>birth_date and visit_date must be real dates (YYYY-MM-DD), or give age_days</translation>
    </message>
    <message>
        <source>visit_date is before birth_date</source>
        <translation>visit_date is before birth_date</translation>
    </message>
    <message>
        <source>60 months or older: WHO child standards do not apply</source>
        <translation>60 months or older: WHO child standards do not apply</translation>
    </message>
    <message>
        <source>weight_kg must be a weight in kg, e.g. 9.5</source>
        <translation>weight_kg must be a weight in kg, e.g. 9.5</translation>
    </message>
    <message>
        <source>lenhei_cm must be a length or height in cm, e.g. 75.3</source>
        <translation>lenhei_cm must be a length or height in cm, e.g. 75.3</translation>
    </message>
    <message>
        <source>no weight_kg or lenhei_cm</source>
        <translation>no weight_kg or lenhei_cm</translation>
    </message>
    <message>
        <source>measured must be lying or standing</source>
        <translation>measured must be lying or standing</translation>
    </message>
    <message>
        <source>oedema must be y or n</source>
        <translation>oedema must be y or n</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Anthropometry</name>
    <message>
        <source>Choose the child who was measured.</source>
        <translation>Choose the child who was measured.</translation>
    </message>
    <message>
        <source>Fill in the measurement date.</source>
        <translation>Fill in the measurement date.</translation>
    </message>
    <message>
        <source>The measurement date cannot be in the future.</source>
        <translation>The measurement date cannot be in the future.</translation>
    </message>
    <message>
        <source>The measurement date cannot be before the birth date.</source>
        <translation>The measurement date cannot be before the birth date.</translation>
    </message>
    <message>
        <source>Enter at least one measurement.</source>
        <translation>Enter at least one measurement.</translation>
    </message>
    <message>
        <source>Weight must be between 0.5 and 50 kg. Check the decimal comma (9,5 means 9.5 kg).</source>
        <translation>Weight must be between 0.5 and 50 kg. Check the decimal comma (9,5 means 9.5 kg).</translation>
    </message>
    <message>
        <source>Length or height must be between 35 and 140 cm.</source>
        <translation>Length or height must be between 35 and 140 cm.</translation>
    </message>
    <message>
        <source>Upper-arm circumference (LILA) must be between 5 and 35 cm.</source>
        <translation>Upper-arm circumference (LILA) must be between 5 and 35 cm.</translation>
    </message>
    <message>
        <source>Head circumference must be between 20 and 60 cm.</source>
        <translation>Head circumference must be between 20 and 60 cm.</translation>
    </message>
</context>
<context>
    <name>ChangeReverter</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>The saved record no longer exists; nothing was undone.</source>
        <translation>The saved record no longer exists; nothing was undone.</translation>
    </message>
    <message>
        <source>The record was changed again after this save (perhaps by a sync); nothing was undone.</source>
        <translation>The record was changed again after this save (perhaps by a sync); nothing was undone.</translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <source>%1 is not a kind of record that syncs.</source>
        <translation>%1 is not a kind of record that syncs.</translation>
    </message>
    <message>
        <source>A change must insert, update or delete a record.</source>
        <translation>A change must insert, update or delete a record.</translation>
    </message>
    <message>
        <source>The record is larger than %1 KB.</source>
        <translation>The record is larger than %1 KB.</translation>
    </message>
    <message>
        <source>deleted_at must be a moment in time or empty.</source>
        <translation>deleted_at must be a moment in time or empty.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 has no field %2.</translation>
    </message>
    <message>
        <source>%1 of %2 must be filled in.</source>
        <translation>%1 of %2 must be filled in.</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 must be 0 or 1.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 holds a control character.</source>
        <translation>%1 holds a control character.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3.</source>
        <translation>%1 has %2 characters; at most %3.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD.</source>
        <translation>%1 must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be JSON text.</source>
        <translation>%1 must be JSON text.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 must be one of %2.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Internal error: cannot write %1 %2.</source>
        <translation>Internal error: cannot write %1 %2.</translation>
    </message>
    <message>
        <source>Internal error: bad field name %1.</source>
        <translation>Internal error: bad field name %1.</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>The record to change no longer exists.</translation>
    </message>
    <message>
        <source>This change cannot be saved: %1</source>
        <translation>This change cannot be saved: %1</translation>
    </message>
    <message>
        <source>This laptop is connected for a supervisor or an administrator: it reads and reviews. Service data is entered on a cadre&apos;s laptop.</source>
        <translation>This laptop is connected for a supervisor or an administrator: it reads and reviews. Service data is entered on a cadre&apos;s laptop.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>Child-in-law</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Household help</source>
        <translation>Household help</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Enrol it again.</source>
        <translation>The server no longer accepts this device. Enrol it again.</translation>
    </message>
    <message>
        <source>Only a supervisor can decide conflicts.</source>
        <translation>Only a supervisor can decide conflicts.</translation>
    </message>
    <message>
        <source>Someone has decided this conflict already.</source>
        <translation>Someone has decided this conflict already.</translation>
    </message>
    <message>
        <source>The server refused (%1): %2</source>
        <translation>The server refused (%1): %2</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet.</source>
        <translation>This device is not connected to a server yet.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conflicts could not be read.</source>
        <translation>The server&apos;s list of conflicts could not be read.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has a quote (&quot;) that is never closed.</source>
        <translation>The file has a quote (&quot;) that is never closed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DangerSigns</name>
    <message>
        <source>The danger signs are damaged (%1).</source>
        <translation>The danger signs are damaged (%1).</translation>
    </message>
    <message>
        <source>Danger sign %1 names no answer, score or threshold.</source>
        <translation>Danger sign %1 names no answer, score or threshold.</translation>
    </message>
    <message>
        <source>A danger sign has no code or no words.</source>
        <translation>A danger sign has no code or no words.</translation>
    </message>
</context>
<context>
    <name>DataQualityReport</name>
    <message>
        <source>no NIK (17 or older)</source>
        <translation>no NIK (17 or older)</translation>
    </message>
    <message>
        <source>malformed NIK %1</source>
        <translation>malformed NIK %1</translation>
    </message>
    <message>
        <source>NIK %1 disagrees with the birth date or sex</source>
        <translation>NIK %1 disagrees with the birth date or sex</translation>
    </message>
    <message>
        <source>NIK %1 is registered %2 times</source>
        <translation>NIK %1 is registered %2 times</translation>
    </message>
    <message>
        <source>same name and birth date as another person</source>
        <translation>same name and birth date as another person</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>People or changes</source>
        <translation>People or changes</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>People in the register</translation>
    </message>
    <message>
        <source>17 or older without a NIK</source>
        <translation>17 or older without a NIK</translation>
    </message>
    <message>
        <source>Malformed NIK</source>
        <translation>Malformed NIK</translation>
    </message>
    <message>
        <source>NIK disagrees with birth date or sex</source>
        <translation>NIK disagrees with birth date or sex</translation>
    </message>
    <message>
        <source>Same NIK on more than one person</source>
        <translation>Same NIK on more than one person</translation>
    </message>
    <message>
        <source>Same name and birth date (likely duplicates)</source>
        <translation>Same name and birth date (likely duplicates)</translation>
    </message>
    <message>
        <source>Changes on this device not yet acknowledged by the server</source>
        <translation>Changes on this device not yet acknowledged by the server</translation>
    </message>
    <message>
        <source>Sync conflicts appear here once this device syncs with the regional server.</source>
        <translation>Sync conflicts appear here once this device syncs with the regional server.</translation>
    </message>
    <message>
        <source>Records to correct</source>
        <translation>Records to correct</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data folder %1 cannot be created. Check that it is writable.</source>
        <translation>The data folder %1 cannot be created. Check that it is writable.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>The data file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a Posyandu data file or it is damaged.</source>
        <translation>%1 is not a Posyandu data file or it is damaged.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Making the practice village failed: %1</source>
        <translation>Making the practice village failed: %1</translation>
    </message>
    <message>
        <source>Cancelled; the practice village was not made.</source>
        <translation>Cancelled; the practice village was not made.</translation>
    </message>
    <message>
        <source>Choose 1 to 1,000,000 households and 1 to 60 months.</source>
        <translation>Choose 1 to 1,000,000 households and 1 to 60 months.</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>The WHO growth tables in the application are damaged.</translation>
    </message>
    <message>
        <source>This data file holds real records; practice data is only made in a separate practice file.</source>
        <translation>This data file holds real records; practice data is only made in a separate practice file.</translation>
    </message>
    <message>
        <source>Only a practice file can be reset.</source>
        <translation>Only a practice file can be reset.</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolment</name>
    <message>
        <source>The server address %1 is not valid; write it like http://192.168.1.10:8080 or https://sync.example.id.</source>
        <translation>The server address %1 is not valid; write it like http://192.168.1.10:8080 or https://sync.example.id.</translation>
    </message>
    <message>
        <source>The device token could not be kept in the system keychain, so the device was not enrolled: %1</source>
        <translation>The device token could not be kept in the system keychain, so the device was not enrolled: %1</translation>
    </message>
    <message>
        <source>A user name and a password are needed to enrol.</source>
        <translation>A user name and a password are needed to enrol.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>%1 did not answer like a Posyandu server (HTTP %2).</source>
        <translation>%1 did not answer like a Posyandu server (HTTP %2).</translation>
    </message>
    <message>
        <source>The server needs another version of the application. Update it first.</source>
        <translation>The server needs another version of the application. Update it first.</translation>
    </message>
    <message>
        <source>This is practice data: it can enrol only with a practice server (posyandu-server --demo), never with a real one.</source>
        <translation>This is practice data: it can enrol only with a practice server (posyandu-server --demo), never with a real one.</translation>
    </message>
    <message>
        <source>This server is a practice server; real data never syncs with it.</source>
        <translation>This server is a practice server; real data never syncs with it.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP %1).</source>
        <translation>The server refused the enrolment (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment could not be read.</source>
        <translation>The server&apos;s answer to the enrolment could not be read.</translation>
    </message>
    <message>
        <source>The user %1 serves Posyandu %2, but this laptop records Posyandu %3. Enrol with a user of that Posyandu.</source>
        <translation>The user %1 serves Posyandu %2, but this laptop records Posyandu %3. Enrol with a user of that Posyandu.</translation>
    </message>
    <message>
        <source>The certificate file holds no PEM certificate.</source>
        <translation>The certificate file holds no PEM certificate.</translation>
    </message>
</context>
<context>
    <name>DeviceToken</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>No device token is stored yet. Enrol this device first.</source>
        <translation>No device token is stored yet. Enrol this device first.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved yet. Save it now, or discard it?</source>
        <translation>What you typed in this form is not saved yet. Save it now, or discard it?</translation>
    </message>
</context>
<context>
    <name>DoseCheck</name>
    <message>
        <source>Unknown vaccine %1.</source>
        <translation>Unknown vaccine %1.</translation>
    </message>
    <message>
        <source>%1 was already given to this child.</source>
        <translation>%1 was already given to this child.</translation>
    </message>
    <message>
        <source>Immunisations here are for children under five.</source>
        <translation>Immunisations here are for children under five.</translation>
    </message>
    <message>
        <source>%1: a date from the KIA book cannot be after the session.</source>
        <translation>%1: a date from the KIA book cannot be after the session.</translation>
    </message>
    <message>
        <source>%1: the date is before the child&apos;s birth.</source>
        <translation>%1: the date is before the child&apos;s birth.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Nothing was saved. Please correct the fields marked in red.</source>
        <translation>Nothing was saved. Please correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>GrowthCalculator</name>
    <message>
        <source>Severely underweight</source>
        <translation>Severely underweight</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Underweight</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Risk of overweight</source>
        <translation>Risk of overweight</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Severely stunted</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Stunted</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Severely wasted</source>
        <translation>Severely wasted</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Wasted</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <source>Obese</source>
        <translation>Obese</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Choose the Posyandu this household belongs to.</source>
        <translation>Choose the Posyandu this household belongs to.</translation>
    </message>
    <message>
        <source>Fill in the name of the head of the household.</source>
        <translation>Fill in the name of the head of the household.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>RT must be a number from 1 to 999.</source>
        <translation>RT must be a number from 1 to 999.</translation>
    </message>
    <message>
        <source>RW must be a number from 1 to 999.</source>
        <translation>RW must be a number from 1 to 999.</translation>
    </message>
    <message>
        <source>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</source>
        <translation>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>The address is too long (at most %1 characters).</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>This household is registered already: add its head as a member of it.</source>
        <translation>This household is registered already: add its head as a member of it.</translation>
    </message>
</context>
<context>
    <name>ImmunisationReport</name>
    <message>
        <source>Immunisation</source>
        <translation>Immunisation</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccine</translation>
    </message>
    <message>
        <source>Doses this month</source>
        <translation>Doses this month</translation>
    </message>
    <message>
        <source>Doses since January</source>
        <translation>Doses since January</translation>
    </message>
    <message>
        <source>Completed basic immunisation (children)</source>
        <translation>Completed basic immunisation (children)</translation>
    </message>
    <message>
        <source>Complete basic immunisation: every dose due before 12 months in the schedule rules, counted in the month of the last of those doses.</source>
        <translation>Complete basic immunisation: every dose due before 12 months in the schedule rules, counted in the month of the last of those doses.</translation>
    </message>
    <message>
        <source>Vitamin A</source>
        <translation>Vitamin A</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Capsule</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Given this month</source>
        <translation>Given this month</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Blue (6-11 months)</source>
        <translation>Blue (6-11 months)</translation>
    </message>
    <message>
        <source>Red (12-59 months)</source>
        <translation>Red (12-59 months)</translation>
    </message>
    <message>
        <source>Not a vitamin A month (February and August): targets are counted for those months only.</source>
        <translation>Not a vitamin A month (February and August): targets are counted for those months only.</translation>
    </message>
    <message>
        <source>Children with overdue doses</source>
        <translation>Children with overdue doses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Age (months)</translation>
    </message>
    <message>
        <source>Doses not given</source>
        <translation>Doses not given</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Fill in a value.</source>
        <translation>Fill in a value.</translation>
    </message>
    <message>
        <source>Answer yes (ya) or no (tidak).</source>
        <translation>Answer yes (ya) or no (tidak).</translation>
    </message>
    <message>
        <source>Enter a number, for example 9,5.</source>
        <translation>Enter a number, for example 9,5.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2 %3.</source>
        <translation>The value must be between %1 and %2 %3.</translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation>Choose one of the listed answers.</translation>
    </message>
    <message>
        <source>Enter a real date (YYYY-MM-DD).</source>
        <translation>Enter a real date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>The text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Public works (water, sanitation)</source>
        <translation>Public works (water, sanitation)</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Public order and disaster preparedness</source>
        <translation>Public order and disaster preparedness</translation>
    </message>
    <message>
        <source>Social affairs</source>
        <translation>Social affairs</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>e.g. %1 %2</source>
        <translation>e.g. %1 %2</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>The indicator catalog is missing from the application.</source>
        <translation>The indicator catalog is missing from the application.</translation>
    </message>
    <message>
        <source>The indicator catalog is damaged (%1).</source>
        <translation>The indicator catalog is damaged (%1).</translation>
    </message>
    <message>
        <source>Indicator %1 in the catalog is invalid: %2</source>
        <translation>Indicator %1 in the catalog is invalid: %2</translation>
    </message>
</context>
<context>
    <name>KkNumber</name>
    <message>
        <source>The family card number (No. KK) may contain digits only.</source>
        <translation>The family card number (No. KK) may contain digits only.</translation>
    </message>
    <message numerus="yes">
        <source>The family card number (No. KK) must be exactly 16 digits (this one has %n).</source>
        <translation>
            <numerusform>The family card number (No. KK) must be exactly 16 digits (this one has %n).</numerusform>
            <numerusform>The family card number (No. KK) must be exactly 16 digits (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six digits of the family card number are not a valid area code.</source>
        <translation>The first six digits of the family card number are not a valid area code.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the family card number are not a real date. Please check the number against the card.</source>
        <translation>Digits 7 to 12 of the family card number are not a real date. Please check the number against the card.</translation>
    </message>
</context>
<context>
    <name>MaternalReport</name>
    <message>
        <source>KEK (LILA %1 cm)</source>
        <translation>KEK (LILA %1 cm)</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>no visit this month</source>
        <translation>no visit this month</translation>
    </message>
    <message>
        <source>blood pressure ≥ 140/90</source>
        <translation>blood pressure ≥ 140/90</translation>
    </message>
    <message>
        <source>high blood sugar</source>
        <translation>high blood sugar</translation>
    </message>
    <message>
        <source>TB symptoms</source>
        <translation>TB symptoms</translation>
    </message>
    <message>
        <source>Pregnant women</source>
        <translation>Pregnant women</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pregnant at the end of the month</source>
        <translation>Pregnant at the end of the month</translation>
    </message>
    <message>
        <source>Visited this month (ANC)</source>
        <translation>Visited this month (ANC)</translation>
    </message>
    <message>
        <source>KEK: upper-arm circumference &lt; 23.5 cm</source>
        <translation>KEK: upper-arm circumference &lt; 23.5 cm</translation>
    </message>
    <message>
        <source>Received iron tablets</source>
        <translation>Received iron tablets</translation>
    </message>
    <message>
        <source>Iron tablets given</source>
        <translation>Iron tablets given</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Adult screening</source>
        <translation>Adult screening</translation>
    </message>
    <message>
        <source>Screened, 15-59 years</source>
        <translation>Screened, 15-59 years</translation>
    </message>
    <message>
        <source>Screened, 60 years and over</source>
        <translation>Screened, 60 years and over</translation>
    </message>
    <message>
        <source>Blood pressure ≥ 140/90</source>
        <translation>Blood pressure ≥ 140/90</translation>
    </message>
    <message>
        <source>High blood sugar (fasting ≥ 126, other ≥ 200 mg/dL)</source>
        <translation>High blood sugar (fasting ≥ 126, other ≥ 200 mg/dL)</translation>
    </message>
    <message>
        <source>Pregnant women to follow up</source>
        <translation>Pregnant women to follow up</translation>
    </message>
    <message>
        <source>Screened adults to follow up</source>
        <translation>Screened adults to follow up</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>This person is not in the register.</translation>
    </message>
    <message>
        <source>Fill in the date.</source>
        <translation>Fill in the date.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Unknown indicator %1.</source>
        <translation>Unknown indicator %1.</translation>
    </message>
    <message>
        <source>%1 is entered in its own form, not as an observation.</source>
        <translation>%1 is entered in its own form, not as an observation.</translation>
    </message>
    <message>
        <source>Choose the person this answer is about.</source>
        <translation>Choose the person this answer is about.</translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation>Choose the household.</translation>
    </message>
    <message>
        <source>This person does not belong to the chosen household.</source>
        <translation>This person does not belong to the chosen household.</translation>
    </message>
    <message>
        <source>The date cannot be before the birth date.</source>
        <translation>The date cannot be before the birth date.</translation>
    </message>
    <message>
        <source>This question does not apply to this person&apos;s age or sex.</source>
        <translation>This question does not apply to this person&apos;s age or sex.</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation>Choose the household this person belongs to.</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s name.</source>
        <translation>Fill in the person&apos;s name.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Choose the sex: L (male) or P (female).</source>
        <translation>Choose the sex: L (male) or P (female).</translation>
    </message>
    <message>
        <source>Fill in the birth date. If only the age is known, estimate it and tick &quot;estimated&quot;.</source>
        <translation>Fill in the birth date. If only the age is known, estimate it and tick &quot;estimated&quot;.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>The birth date is too far in the past.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of the family, as on the family card.</source>
        <translation>Choose the relationship to the head of the family, as on the family card.</translation>
    </message>
    <message>
        <source>Unknown member status.</source>
        <translation>Unknown member status.</translation>
    </message>
    <message>
        <source>Unknown disability type.</source>
        <translation>Unknown disability type.</translation>
    </message>
    <message>
        <source>Fill in the date the person died or moved.</source>
        <translation>Fill in the date the person died or moved.</translation>
    </message>
    <message>
        <source>That date cannot be in the future.</source>
        <translation>That date cannot be in the future.</translation>
    </message>
    <message>
        <source>That date cannot be before the birth date.</source>
        <translation>That date cannot be before the birth date.</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>This person is not in the register.</translation>
    </message>
    <message>
        <source>This person already belongs to that household.</source>
        <translation>This person already belongs to that household.</translation>
    </message>
    <message>
        <source>Choose the household to move to.</source>
        <translation>Choose the household to move to.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of the family, as on the family card.</source>
        <translation>Choose the relationship to the head of the family, as on the family card.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The data file&apos;s schema version cannot be read.</source>
        <translation>The data file&apos;s schema version cannot be read.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of the application (schema %1; this version knows up to %2). Please update the application; the file was not changed.</source>
        <translation>This data file was written by a newer version of the application (schema %1; this version knows up to %2). Please update the application; the file was not changed.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the application.</source>
        <translation>Migration %1 is missing from the application.</translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed: %2</source>
        <translation>Upgrading the data file to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>The WHO growth tables in the application are damaged.</translation>
    </message>
    <message>
        <source>Monthly report %1 — %2</source>
        <translation>Monthly report %1 — %2</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>NIK may contain digits only.</source>
        <translation>NIK may contain digits only.</translation>
    </message>
    <message numerus="yes">
        <source>NIK must be exactly 16 digits (this one has %n).</source>
        <translation>
            <numerusform>NIK must be exactly 16 digits (this one has %n).</numerusform>
            <numerusform>NIK must be exactly 16 digits (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six digits of the NIK are not a valid area code.</source>
        <translation>The first six digits of the NIK are not a valid area code.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the NIK must be a real birth date (DDMMYY; women add 40 to the day).</source>
        <translation>Digits 7 to 12 of the NIK must be a real birth date (DDMMYY; women add 40 to the day).</translation>
    </message>
    <message>
        <source>The last four digits of the NIK cannot be 0000.</source>
        <translation>The last four digits of the NIK cannot be 0000.</translation>
    </message>
    <message>
        <source>The NIK is a woman&apos;s (day + 40) but the member is recorded as male. Please check the sex or the NIK.</source>
        <translation>The NIK is a woman&apos;s (day + 40) but the member is recorded as male. Please check the sex or the NIK.</translation>
    </message>
    <message>
        <source>The NIK is a man&apos;s but the member is recorded as female. Please check the sex or the NIK.</source>
        <translation>The NIK is a man&apos;s but the member is recorded as female. Please check the sex or the NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (%1) differs from the recorded birth date (%2). Please check both.</source>
        <translation>The birth date in the NIK (%1) differs from the recorded birth date (%2). Please check both.</translation>
    </message>
</context>
<context>
    <name>NutritionReport</name>
    <message>
        <source>Oedema</source>
        <translation>Oedema</translation>
    </message>
    <message>
        <source>Unlikely value: check the measurement</source>
        <translation>Unlikely value: check the measurement</translation>
    </message>
    <message>
        <source>Not up two months running (2T)</source>
        <translation>Not up two months running (2T)</translation>
    </message>
    <message>
        <source>Nutrition status of the children weighed this month</source>
        <translation>Nutrition status of the children weighed this month</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>% of weighed</source>
        <translation>% of weighed</translation>
    </message>
    <message>
        <source>Not computed (no length, oedema or age 60 months)</source>
        <translation>Not computed (no length, oedema or age 60 months)</translation>
    </message>
    <message>
        <source>Weight-for-age (BB/U)</source>
        <translation>Weight-for-age (BB/U)</translation>
    </message>
    <message>
        <source>Length/height-for-age (PB/U, TB/U)</source>
        <translation>Length/height-for-age (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length/height (BB/PB, BB/TB)</source>
        <translation>Weight-for-length/height (BB/PB, BB/TB)</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006 z-scores by the month&apos;s last weighing; categories of Permenkes 2/2020.</source>
        <translation>WHO Child Growth Standards 2006 z-scores by the month&apos;s last weighing; categories of Permenkes 2/2020.</translation>
    </message>
    <message>
        <source>Children to refer or re-measure</source>
        <translation>Children to refer or re-measure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Age (months)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Posyandu::HouseholdListModel</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Family card no.</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>Posyandu::ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Posyandu::MemberListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Posyandu::Sync::CredentialStore</name>
    <message>
        <source>No device token is stored yet. Enrol this device first.</source>
        <translation>No device token is stored yet. Enrol this device first.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>The system keychain refused access. Unlock it and try again.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (Secret Service) running.</source>
        <translation>This computer has no system keychain (Secret Service) running.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
    </message>
</context>
<context>
    <name>Posyandu::Sync::SyncScheduler</name>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 of %2 changes sent</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 changes received</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Syncing… %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change(s) waiting</numerusform>
            <numerusform>Offline — %n change(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting; last synced at %1</source>
        <translation>
            <numerusform>%n change(s) waiting; last synced at %1</numerusform>
            <numerusform>%n change(s) waiting; last synced at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not connected to a server yet (Sync → Connect to a server).</source>
        <translation>Not connected to a server yet (Sync → Connect to a server).</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) refused by the server (Sync → Refused changes)</source>
        <translation>
            <numerusform>· %n change(s) refused by the server (Sync → Refused changes)</numerusform>
            <numerusform>· %n change(s) refused by the server (Sync → Refused changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — sync failed: %1</source>
        <translation>
            <numerusform>%n change(s) waiting — sync failed: %1</numerusform>
            <numerusform>%n change(s) waiting — sync failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) from the server set aside (Sync → Refused changes)</source>
        <translation>
            <numerusform>· %n change from the server set aside (Sync → Refused changes)</numerusform>
            <numerusform>· %n changes from the server set aside (Sync → Refused changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server is not answering; trying again (%1 of %2)…</source>
        <translation>the server is not answering; trying again (%1 of %2)…</translation>
    </message>
</context>
<context>
    <name>Posyandu::TargetListModel</name>
    <message>
        <source>Household of %1</source>
        <translation>Household of %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::ConflictsDialog</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>&amp;Keep the value (Enter)</source>
        <translation>&amp;Keep the value (Enter)</translation>
    </message>
    <message>
        <source>Use the &amp;other value (Ctrl+Enter)</source>
        <translation>Use the &amp;other value (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Nothing to review: no two laptops changed the same field at the same time.</source>
        <translation>Nothing to review: no two laptops changed the same field at the same time.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops at the same time. The later change was kept; keep it, or use the other value.</source>
        <translation>
            <numerusform>%n field(s) were changed on two laptops at the same time. The later change was kept; keep it, or use the other value.</numerusform>
            <numerusform>%n field(s) were changed on two laptops at the same time. The later change was kept; keep it, or use the other value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Sending the decision…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::EnrolDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Ask your supervisor for the server&apos;s address and your user name. The password is used once and not kept; this laptop keeps only a device key, in the system keychain.</source>
        <translation>Ask your supervisor for the server&apos;s address and your user name. The password is used once and not kept; this laptop keeps only a device key, in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Connect (Enter)</source>
        <translation>Connect (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, your user name and your password.</source>
        <translation>Fill in the server&apos;s address, your user name and your password.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connected as %1.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::GrowthChartWidget</name>
    <message>
        <source>Weight-for-age growth chart</source>
        <translation>Weight-for-age growth chart</translation>
    </message>
    <message>
        <source>age (months)</source>
        <translation>age (months)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::GrowthPanel</name>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source> (unlikely value: check the measurement)</source>
        <translation> (unlikely value: check the measurement)</translation>
    </message>
    <message>
        <source>Weight-for-age</source>
        <translation>Weight-for-age</translation>
    </message>
    <message>
        <source>Length-for-age</source>
        <translation>Length-for-age</translation>
    </message>
    <message>
        <source>Height-for-age</source>
        <translation>Height-for-age</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>Weight-for-height</translation>
    </message>
    <message>
        <source>Weight-for-length</source>
        <translation>Weight-for-length</translation>
    </message>
    <message>
        <source>Oedema: weight-based scores are not computed.</source>
        <translation>Oedema: weight-based scores are not computed.</translation>
    </message>
    <message>
        <source>Type the weight and length/height to see the z-scores.</source>
        <translation>Type the weight and length/height to see the z-scores.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>Register a household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>&amp;Head of household</source>
        <translation>&amp;Head of household</translation>
    </message>
    <message>
        <source>Family card no. (&amp;KK)</source>
        <translation>Family card no. (&amp;KK)</translation>
    </message>
    <message>
        <source>16 digits; leave empty if not at hand</source>
        <translation>16 digits; leave empty if not at hand</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;RT</source>
        <translation>&amp;RT</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <source>R&amp;W</source>
        <translation>R&amp;W</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>e.g. 1</translation>
    </message>
    <message>
        <source>D&amp;usun</source>
        <translation>D&amp;usun</translation>
    </message>
    <message>
        <source>&amp;Village code</source>
        <translation>&amp;Village code</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>Dasa&amp;wisma</source>
        <translation>Dasa&amp;wisma</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;NIK</source>
        <translation>Head&apos;s &amp;NIK</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Head&apos;s se&amp;x</source>
        <translation>Head&apos;s se&amp;x</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;birth date</source>
        <translation>Head&apos;s &amp;birth date</translation>
    </message>
    <message>
        <source>DD-MM-YYYY, e.g. 12-05-1985</source>
        <translation>DD-MM-YYYY, e.g. 12-05-1985</translation>
    </message>
    <message>
        <source>&amp;Estimated (only the age is known)</source>
        <translation>&amp;Estimated (only the age is known)</translation>
    </message>
    <message>
        <source>Please check the remarks in yellow. Press Enter again to save anyway.</source>
        <translation>Please check the remarks in yellow. Press Enter again to save anyway.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Measurements (weight, length)</source>
        <translation>Measurements (weight, length)</translation>
    </message>
    <message>
        <source>The file &amp;holds</source>
        <translation>The file &amp;holds</translation>
    </message>
    <message>
        <source>CSV file saved from Excel or LibreOffice</source>
        <translation>CSV file saved from Excel or LibreOffice</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Check the file (nothing is written yet)</source>
        <translation>&amp;Check the file (nothing is written yet)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Choose the file first.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 row(s) ready, %2 with errors, %3 already in the register. Nothing has been written yet.</source>
        <translation>%1 row(s) ready, %2 with errors, %3 already in the register. Nothing has been written yet.</translation>
    </message>
    <message numerus="yes">
        <source>Import only the good rows and leave out the %n row(s) with errors</source>
        <translation>
            <numerusform>Import only the good rows and leave out the %n row(s) with errors</numerusform>
            <numerusform>Import only the good rows and leave out the %n row(s) with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row(s)</numerusform>
            <numerusform>&amp;Import %n row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row(s) imported.</numerusform>
            <numerusform>%n row(s) imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The language changes the next time the application starts.</source>
        <translation>The language changes the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MainWindow</name>
    <message>
        <source>Search name, NIK, family card no., RT/RW or dusun (Ctrl+F)</source>
        <translation>Search name, NIK, family card no., RT/RW or dusun (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Register household…</source>
        <translation>&amp;Register household…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Posyandu 6 SPM — %1</source>
        <translation>Posyandu 6 SPM — %1</translation>
    </message>
    <message>
        <source>Posyandu 6 SPM</source>
        <translation>Posyandu 6 SPM</translation>
    </message>
    <message>
        <source>&amp;Edit household</source>
        <translation>&amp;Edit household</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <source>Mo&amp;ve member to another household…</source>
        <translation>Mo&amp;ve member to another household…</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>The WHO growth tables in the application are damaged.</translation>
    </message>
    <message>
        <source>&amp;Opening day (today&apos;s session)…</source>
        <translation>&amp;Opening day (today&apos;s session)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet (CSV)…</source>
        <translation>&amp;Import from a spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>Make a &amp;new practice village</source>
        <translation>Make a &amp;new practice village</translation>
    </message>
    <message>
        <source>Open &amp;practice mode (sample data)</source>
        <translation>Open &amp;practice mode (sample data)</translation>
    </message>
    <message>
        <source>New practice village</source>
        <translation>New practice village</translation>
    </message>
    <message>
        <source>Throw away this practice village, with everything typed in it, and make a new one?</source>
        <translation>Throw away this practice village, with everything typed in it, and make a new one?</translation>
    </message>
    <message>
        <source>[PRACTICE] </source>
        <translation>[PRACTICE] </translation>
    </message>
    <message>
        <source>Monthly &amp;reports…</source>
        <translation>Monthly &amp;reports…</translation>
    </message>
    <message>
        <source>PRACTICE MODE — sample data for training. It never goes to a real server (only to a practice one) and never appears in real reports.</source>
        <translation>PRACTICE MODE — sample data for training. It never goes to a real server (only to a practice one) and never appears in real reports.</translation>
    </message>
    <message numerus="yes">
        <source>A new practice village: %n household(s).</source>
        <translation>
            <numerusform>A new practice village: %n household(s).</numerusform>
            <numerusform>A new practice village: %n household(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>%n household found</numerusform>
            <numerusform>%n households found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) registered</source>
        <translation>
            <numerusform>%n household registered</numerusform>
            <numerusform>%n households registered</numerusform>
        </translation>
    </message>
    <message>
        <source>SUPERVISOR&apos;S LAPTOP — it reads and reviews. Service data is entered on a cadre&apos;s laptop.</source>
        <translation>SUPERVISOR&apos;S LAPTOP — it reads and reviews. Service data is entered on a cadre&apos;s laptop.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation>Add a household member</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>Edit household member</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>as on the family card</source>
        <translation>as on the family card</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>16 digits; empty for a baby without one</source>
        <translation>16 digits; empty for a baby without one</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>DD-MM-YYYY, e.g. 12-05-2024</source>
        <translation>DD-MM-YYYY, e.g. 12-05-2024</translation>
    </message>
    <message>
        <source>&amp;Estimated (only the age is known)</source>
        <translation>&amp;Estimated (only the age is known)</translation>
    </message>
    <message>
        <source>&amp;Relationship to head</source>
        <translation>&amp;Relationship to head</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>&amp;Father&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>&amp;Mother&apos;s name</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>Ed&amp;ucation</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Sensory</source>
        <translation>Sensory</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>&amp;Disability</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Date died or moved</source>
        <translation>Date died or moved</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <source>Possibly registered already: %1, born %2%3.</source>
        <translation>Possibly registered already: %1, born %2%3.</translation>
    </message>
    <message>
        <source>Please check the remarks in yellow. Press Enter again to save anyway.</source>
        <translation>Please check the remarks in yellow. Press Enter again to save anyway.</translation>
    </message>
    <message>
        <source>Add the people of the family card one after another: Enter saves this one and opens an empty form for the next. When everyone is in, press Esc on the empty form.</source>
        <translation>Add the people of the family card one after another: Enter saves this one and opens an empty form for the next. When everyone is in, press Esc on the empty form.</translation>
    </message>
    <message>
        <source>&amp;Save, then the next (Enter)</source>
        <translation>&amp;Save, then the next (Enter)</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>Done (Esc)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MoveMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>Move %1 to another household</translation>
    </message>
    <message>
        <source>Type a name, KK or RT/RW of the new household</source>
        <translation>Type a name, KK or RT/RW of the new household</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Relationship to the new head</source>
        <translation>&amp;Relationship to the new head</translation>
    </message>
    <message>
        <source>&amp;Move (Enter)</source>
        <translation>&amp;Move (Enter)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::PosyanduSetupWidget</name>
    <message>
        <source>Posyandu name</source>
        <translation>Posyandu name</translation>
    </message>
    <message>
        <source>e.g. Posyandu Melati 1</source>
        <translation>e.g. Posyandu Melati 1</translation>
    </message>
    <message>
        <source>Posyandu code</source>
        <translation>Posyandu code</translation>
    </message>
    <message>
        <source>code from the Puskesmas</source>
        <translation>code from the Puskesmas</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>10 digits, e.g. 3578010001</source>
        <translation>10 digits, e.g. 3578010001</translation>
    </message>
    <message>
        <source>Save Posyandu (Enter)</source>
        <translation>Save Posyandu (Enter)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::RefusedChangesDialog</name>
    <message>
        <source>Changes refused by the server</source>
        <translation>Changes refused by the server</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <source>The server has refused nothing.</source>
        <translation>The server has refused nothing.</translation>
    </message>
    <message>
        <source>from the server, set aside here</source>
        <translation>from the server, set aside here</translation>
    </message>
    <message>
        <source>These changes were refused (by the server, or here when they came from the server); they are kept here and did not hold up the others. Correct the record, or ask your supervisor.</source>
        <translation>These changes were refused (by the server, or here when they came from the server); they are kept here and did not hold up the others. Correct the record, or ask your supervisor.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::RegisterPage</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members of the household of %1</source>
        <translation>Members of the household of %1</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>This household no longer exists.</translation>
    </message>
    <message>
        <source>Choose a household first, then add its members.</source>
        <translation>Choose a household first, then add its members.</translation>
    </message>
    <message>
        <source>Choose the member to move in the members list first.</source>
        <translation>Choose the member to move in the members list first.</translation>
    </message>
    <message>
        <source>changes to the household of %1</source>
        <translation>changes to the household of %1</translation>
    </message>
    <message>
        <source>registration of %1</source>
        <translation>registration of %1</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>changes to %1</translation>
    </message>
    <message>
        <source>registration of the household of %1</source>
        <translation>registration of the household of %1</translation>
    </message>
    <message>
        <source>move of %1 to another household</source>
        <translation>move of %1 to another household</translation>
    </message>
    <message>
        <source>Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · Tab: between lists · Ctrl+H: opening day · Ctrl+R: reports · Ctrl+Z: undo the typing in a field, else the last save · Ctrl+I: import</source>
        <translation>Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · Tab: between lists · Ctrl+H: opening day · Ctrl+R: reports · Ctrl+Z: undo the typing in a field, else the last save · Ctrl+I: import</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::ReportPage</name>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <source>Export E&amp;xcel</source>
        <translation>Export E&amp;xcel</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>All Posyandu on this device</source>
        <translation>All Posyandu on this device</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>Computing the report of %1…</translation>
    </message>
    <message>
        <source>Cancelled. Choose the month again to compute the report.</source>
        <translation>Cancelled. Choose the month again to compute the report.</translation>
    </message>
    <message>
        <source>Participation D/S %1 · result N/D %2 · coverage K/S %3</source>
        <translation>Participation D/S %1 · result N/D %2 · coverage K/S %3</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Participation D/S (%)</source>
        <translation>Participation D/S (%)</translation>
    </message>
    <message>
        <source>Result N/D (%)</source>
        <translation>Result N/D (%)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SessionEntryForm</name>
    <message>
        <source>Choose a person in the list (arrow keys, then Enter).</source>
        <translation>Choose a person in the list (arrow keys, then Enter).</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>This person is no longer in the register.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · household of %4</source>
        <translation>%1 · %2 · %3 · household of %4</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Household of %1 (all six fields)</source>
        <translation>Household of %1 (all six fields)</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>New pregnancy</translation>
    </message>
    <message>
        <source>DD-MM-YYYY; empty if not pregnant</source>
        <translation>DD-MM-YYYY; empty if not pregnant</translation>
    </message>
    <message>
        <source>First day of last &amp;period</source>
        <translation>First day of last &amp;period</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Not referred</translation>
    </message>
    <message>
        <source>&amp;Refer to</source>
        <translation>&amp;Refer to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>DD-MM-YYYY; empty while still pregnant</source>
        <translation>DD-MM-YYYY; empty while still pregnant</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>&amp;Delivered on</translation>
    </message>
    <message>
        <source>Recorded today: %1.</source>
        <translation>Recorded today: %1.</translation>
    </message>
    <message>
        <source>Saved today. What you change here corrects those same records.</source>
        <translation>Saved today. What you change here corrects those same records.</translation>
    </message>
    <message>
        <source>This visit: K%1. Without the first day of the last period, type the weeks of pregnancy.</source>
        <translation>This visit: K%1. Without the first day of the last period, type the weeks of pregnancy.</translation>
    </message>
    <message>
        <source>%1 weeks %2 days pregnant (last period began %3) · due date (HPL) %4 · this visit: K%5</source>
        <translation>%1 weeks %2 days pregnant (last period began %3) · due date (HPL) %4 · this visit: K%5</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1.</source>
        <translation>⚠ Danger sign: %1.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Referral to %2 is filled in: save to confirm it, or choose &quot;Not referred&quot; and write why.</source>
        <translation>⚠ Danger sign: %1. Referral to %2 is filled in: save to confirm it, or choose &quot;Not referred&quot; and write why.</translation>
    </message>
    <message>
        <source>Why not referred? Required with a danger sign</source>
        <translation>Why not referred? Required with a danger sign</translation>
    </message>
    <message>
        <source>A danger sign was found: refer the person, or write why not.</source>
        <translation>A danger sign was found: refer the person, or write why not.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Not referred: write why under Referral.</source>
        <translation>⚠ Danger sign: %1. Not referred: write why under Referral.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Referred to %2.</source>
        <translation>⚠ Danger sign: %1. Referred to %2.</translation>
    </message>
    <message>
        <source>The household&apos;s answers of this month are filled in already; change them only if they changed.</source>
        <translation>The household&apos;s answers of this month are filled in already; change them only if they changed.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SessionPage</name>
    <message>
        <source>Find a person by name (Ctrl+F)</source>
        <translation>Find a person by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Save and next (Enter)</translation>
    </message>
    <message>
        <source>Back to the register (Esc)</source>
        <translation>Back to the register (Esc)</translation>
    </message>
    <message>
        <source>Opening day %1 · %2 · %3 of %4 served</source>
        <translation>Opening day %1 · %2 · %3 of %4 served</translation>
    </message>
    <message>
        <source>session entry for %1</source>
        <translation>session entry for %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Ctrl+Z undoes it.</source>
        <translation>Saved: %1. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Saved: %1. Everyone on the list has been served.</source>
        <translation>Saved: %1. Everyone on the list has been served.</translation>
    </message>
    <message>
        <source>Show &amp;everyone, not only those due</source>
        <translation>Show &amp;everyone, not only those due</translation>
    </message>
    <message>
        <source>Arrows: choose · Enter: start typing · Tab: next field · Enter: save and go to the next person · Ctrl+Z: undo the typing in a field, else the last save · Esc: back to the register</source>
        <translation>Arrows: choose · Enter: start typing · Tab: next field · Enter: save and go to the next person · Ctrl+Z: undo the typing in a field, else the last save · Esc: back to the register</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n with a danger sign</source>
        <translation>
            <numerusform>⚠ %n with a danger sign</numerusform>
            <numerusform>⚠ %n with a danger sign</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <source>Sync (F5)</source>
        <translation>Sync (F5)</translation>
    </message>
    <message>
        <source>Send the changes waiting on this laptop and fetch the others&apos;.</source>
        <translation>Send the changes waiting on this laptop and fetch the others&apos;.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost, the rest goes next time.</source>
        <translation>Stop this sync; nothing is lost, the rest goes next time.</translation>
    </message>
    <message>
        <source>Con&amp;flicts to review…</source>
        <translation>Con&amp;flicts to review…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::UndoLastSave</name>
    <message>
        <source>&amp;Undo the last save</source>
        <translation>&amp;Undo the last save</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last save (%1)?</source>
        <translation>Undo the last save (%1)?</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::VaccinePanel</name>
    <message>
        <source>Immunisation given today</source>
        <translation>Immunisation given today</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Record &amp;earlier doses from the KIA book…</source>
        <translation>Record &amp;earlier doses from the KIA book…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::WelcomePage</name>
    <message>
        <source>Register the first household (Ctrl+N)</source>
        <translation>Register the first household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Welcome to Posyandu 6 SPM</source>
        <translation>Welcome to Posyandu 6 SPM</translation>
    </message>
    <message>
        <source>Step 1 of 2: tell the application which Posyandu this laptop serves. You find the code and the village code on the Puskesmas letter.</source>
        <translation>Step 1 of 2: tell the application which Posyandu this laptop serves. You find the code and the village code on the Puskesmas letter.</translation>
    </message>
    <message>
        <source>No households registered yet</source>
        <translation>No households registered yet</translation>
    </message>
    <message>
        <source>Step 2 of 2: register the first household from its family card (KK). Everything is saved on this laptop at once and works without internet.</source>
        <translation>Step 2 of 2: register the first household from its family card (KK). Everything is saved on this laptop at once and works without internet.</translation>
    </message>
</context>
<context>
    <name>PosyanduRepository</name>
    <message>
        <source>Fill in the Posyandu code.</source>
        <translation>Fill in the Posyandu code.</translation>
    </message>
    <message>
        <source>Fill in the Posyandu name.</source>
        <translation>Fill in the Posyandu name.</translation>
    </message>
    <message>
        <source>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</source>
        <translation>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</translation>
    </message>
</context>
<context>
    <name>PracticeVillageQueue</name>
    <message>
        <source>Only a practice village can be queued whole.</source>
        <translation>Only a practice village can be queued whole.</translation>
    </message>
    <message>
        <source>The practice village could not be queued: %1</source>
        <translation>The practice village could not be queued: %1</translation>
    </message>
</context>
<context>
    <name>PullPageApplier</name>
    <message>
        <source>The server sent a page with a damaged cursor; nothing of it was applied.</source>
        <translation>The server sent a page with a damaged cursor; nothing of it was applied.</translation>
    </message>
    <message>
        <source>this version of the application does not know records of the kind %1</source>
        <translation>this version of the application does not know records of the kind %1</translation>
    </message>
    <message>
        <source>the record could not be stored here: %1</source>
        <translation>the record could not be stored here: %1</translation>
    </message>
</context>
<context>
    <name>ReferralDestination</name>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Village midwife</source>
        <translation>Village midwife</translation>
    </message>
    <message>
        <source>Social affairs office</source>
        <translation>Social affairs office</translation>
    </message>
    <message>
        <source>Education office</source>
        <translation>Education office</translation>
    </message>
    <message>
        <source>Public works / housing office</source>
        <translation>Public works / housing office</translation>
    </message>
    <message>
        <source>Disaster management agency (BPBD)</source>
        <translation>Disaster management agency (BPBD)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not referred despite a danger sign</source>
        <translation>Not referred despite a danger sign</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>The file lacks the column(s) %1. The first line must name the columns (see README).</source>
        <translation>The file lacks the column(s) %1. The first line must name the columns (see README).</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>The file has no rows below its header.</translation>
    </message>
    <message>
        <source>Checking was cancelled; nothing was written.</source>
        <translation>Checking was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The ref %1 is used twice in the file (also on line %2).</source>
        <translation>The ref %1 is used twice in the file (also on line %2).</translation>
    </message>
    <message>
        <source>Already imported earlier (ref %1).</source>
        <translation>Already imported earlier (ref %1).</translation>
    </message>
    <message>
        <source>KK %1 appears twice in the file (also on line %2).</source>
        <translation>KK %1 appears twice in the file (also on line %2).</translation>
    </message>
    <message>
        <source>KK %1 is already registered (household of %2).</source>
        <translation>KK %1 is already registered (household of %2).</translation>
    </message>
    <message>
        <source>household_ref is empty: name the household by its ref or KK number.</source>
        <translation>household_ref is empty: name the household by its ref or KK number.</translation>
    </message>
    <message>
        <source>No household with ref or KK %1: import the households first.</source>
        <translation>No household with ref or KK %1: import the households first.</translation>
    </message>
    <message>
        <source>Sex must be L or P, not &quot;%1&quot;.</source>
        <translation>Sex must be L or P, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</source>
        <translation>The birth date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot; (use the family-card words, e.g. Anak, Istri).</source>
        <translation>Unknown relationship &quot;%1&quot; (use the family-card words, e.g. Anak, Istri).</translation>
    </message>
    <message>
        <source>NIK %1 appears twice in the file (also on line %2).</source>
        <translation>NIK %1 appears twice in the file (also on line %2).</translation>
    </message>
    <message>
        <source>%1, born %2, appears twice in the file (also on line %3).</source>
        <translation>%1, born %2, appears twice in the file (also on line %3).</translation>
    </message>
    <message>
        <source>Already registered as %1 (same NIK, or same name and birth date).</source>
        <translation>Already registered as %1 (same NIK, or same name and birth date).</translation>
    </message>
    <message>
        <source>measured must be lying or standing, not &quot;%1&quot;.</source>
        <translation>measured must be lying or standing, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the person by nik or member_ref.</source>
        <translation>Name the person by nik or member_ref.</translation>
    </message>
    <message>
        <source>No registered person with %1: import the members first.</source>
        <translation>No registered person with %1: import the members first.</translation>
    </message>
    <message>
        <source>The visit date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</source>
        <translation>The visit date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A measurement is not a number (write 9,5 or 9.5).</source>
        <translation>A measurement is not a number (write 9,5 or 9.5).</translation>
    </message>
    <message>
        <source>This person&apos;s measurement of %1 appears twice in the file (also on line %2).</source>
        <translation>This person&apos;s measurement of %1 appears twice in the file (also on line %2).</translation>
    </message>
    <message>
        <source>A measurement of this person on this day is already recorded.</source>
        <translation>A measurement of this person on this day is already recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Correct them, or choose to import only the good rows.</source>
        <translation>
            <numerusform>%n row(s) have errors; nothing was imported. Correct them, or choose to import only the good rows.</numerusform>
            <numerusform>%n row(s) have errors; nothing was imported. Correct them, or choose to import only the good rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>None this month.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>No Posyandu with the code %1 on this device.</source>
        <translation>No Posyandu with the code %1 on this device.</translation>
    </message>
    <message>
        <source>No Posyandu of the area %1 on this device.</source>
        <translation>No Posyandu of the area %1 on this device.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <source>All Posyandu on this device (%1)</source>
        <translation>All Posyandu on this device (%1)</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>%1 cannot be written: the folder does not exist.</source>
        <translation>%1 cannot be written: the folder does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <source>The schedule rules are missing from the application.</source>
        <translation>The schedule rules are missing from the application.</translation>
    </message>
    <message>
        <source>The schedule rules are damaged (%1).</source>
        <translation>The schedule rules are damaged (%1).</translation>
    </message>
    <message>
        <source>%1 comes after %2, which this child has not had: give or record %2 first.</source>
        <translation>%1 comes after %2, which this child has not had: give or record %2 first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is given only up to the age of %n day(s); this child is older.</source>
        <translation>
            <numerusform>%1 is given only up to the age of %n day; this child is older.</numerusform>
            <numerusform>%1 is given only up to the age of %n days; this child is older.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEntryRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>This person is not in the register.</translation>
    </message>
    <message>
        <source>The session date cannot be in the future.</source>
        <translation>The session date cannot be in the future.</translation>
    </message>
    <message>
        <source>The date cannot be before the birth date.</source>
        <translation>The date cannot be before the birth date.</translation>
    </message>
    <message>
        <source>Unknown indicator %1.</source>
        <translation>Unknown indicator %1.</translation>
    </message>
    <message>
        <source>This question does not apply to this person&apos;s age or sex.</source>
        <translation>This question does not apply to this person&apos;s age or sex.</translation>
    </message>
    <message>
        <source>%1 is entered in its own form, not here.</source>
        <translation>%1 is entered in its own form, not here.</translation>
    </message>
    <message>
        <source>Enter both blood pressure numbers, for example 120 and 80.</source>
        <translation>Enter both blood pressure numbers, for example 120 and 80.</translation>
    </message>
    <message>
        <source>The lower blood pressure number must be smaller than the upper one (120/80).</source>
        <translation>The lower blood pressure number must be smaller than the upper one (120/80).</translation>
    </message>
    <message>
        <source>A pregnancy can only be registered for a woman aged 10 to 55.</source>
        <translation>A pregnancy can only be registered for a woman aged 10 to 55.</translation>
    </message>
    <message>
        <source>The first day of the last period cannot be in the future.</source>
        <translation>The first day of the last period cannot be in the future.</translation>
    </message>
    <message>
        <source>That period was more than 44 weeks ago; check the date.</source>
        <translation>That period was more than 44 weeks ago; check the date.</translation>
    </message>
    <message>
        <source>Register the pregnancy first (first day of the last period).</source>
        <translation>Register the pregnancy first (first day of the last period).</translation>
    </message>
    <message>
        <source>Vitamin A was already given this month.</source>
        <translation>Vitamin A was already given this month.</translation>
    </message>
    <message>
        <source>Choose where the person is referred to.</source>
        <translation>Choose where the person is referred to.</translation>
    </message>
    <message>
        <source>Nothing is filled in yet.</source>
        <translation>Nothing is filled in yet.</translation>
    </message>
    <message>
        <source>There is no ongoing pregnancy to end.</source>
        <translation>There is no ongoing pregnancy to end.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>The delivery date cannot be in the future.</translation>
    </message>
    <message>
        <source>The delivery date must be after the first day of the last period.</source>
        <translation>The delivery date must be after the first day of the last period.</translation>
    </message>
    <message>
        <source>Not asked with this answer to “%1”.</source>
        <translation>Not asked with this answer to “%1”.</translation>
    </message>
    <message>
        <source>Not asked during a pregnancy: the pregnancy visit records it.</source>
        <translation>Not asked during a pregnancy: the pregnancy visit records it.</translation>
    </message>
    <message>
        <source>From the first day of the last period (%1) the pregnancy is %2 weeks.</source>
        <translation>From the first day of the last period (%1) the pregnancy is %2 weeks.</translation>
    </message>
    <message>
        <source>Write why the person is not referred.</source>
        <translation>Write why the person is not referred.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Set up the Posyandu first.</source>
        <translation>Set up the Posyandu first.</translation>
    </message>
    <message>
        <source>Fill in the date.</source>
        <translation>Fill in the date.</translation>
    </message>
</context>
<context>
    <name>SkdnReport</name>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>SKDN</source>
        <translation>SKDN</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>S: under-fives in the area</source>
        <translation>S: under-fives in the area</translation>
    </message>
    <message>
        <source>K: with KMS / Buku KIA</source>
        <translation>K: with KMS / Buku KIA</translation>
    </message>
    <message>
        <source>D: weighed this month</source>
        <translation>D: weighed this month</translation>
    </message>
    <message>
        <source>N: weight up</source>
        <translation>N: weight up</translation>
    </message>
    <message>
        <source>T: weight not up</source>
        <translation>T: weight not up</translation>
    </message>
    <message>
        <source>2T: not up two months running</source>
        <translation>2T: not up two months running</translation>
    </message>
    <message>
        <source>O: not weighed last month</source>
        <translation>O: not weighed last month</translation>
    </message>
    <message>
        <source>B: weighed for the first time</source>
        <translation>B: weighed for the first time</translation>
    </message>
    <message>
        <source>D′: weighed in both months</source>
        <translation>D′: weighed in both months</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Coverage (%)</translation>
    </message>
    <message>
        <source>Participation (%)</source>
        <translation>Participation (%)</translation>
    </message>
    <message>
        <source>Continuity (%)</source>
        <translation>Continuity (%)</translation>
    </message>
    <message>
        <source>Result (%)</source>
        <translation>Result (%)</translation>
    </message>
    <message>
        <source>Result on D′ (%)</source>
        <translation>Result on D′ (%)</translation>
    </message>
    <message>
        <source>Programme success (%)</source>
        <translation>Programme success (%)</translation>
    </message>
    <message>
        <source>Age in completed months on the last day of the month. A child weighed twice counts once, by the month&apos;s last weighing. N and T use the KMS minimum monthly gain for the age (resources/schedule/rules.json).</source>
        <translation>Age in completed months on the last day of the month. A child weighed twice counts once, by the month&apos;s last weighing. N and T use the KMS minimum monthly gain for the age (resources/schedule/rules.json).</translation>
    </message>
    <message>
        <source>SKDN by age and sex</source>
        <translation>SKDN by age and sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not up two months running (2T): refer to the Puskesmas</source>
        <translation>Not up two months running (2T): refer to the Puskesmas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Age (months)</translation>
    </message>
</context>
<context>
    <name>SpmReport</name>
    <message>
        <source>The catalog names an unknown column %1.</source>
        <translation>The catalog names an unknown column %1.</translation>
    </message>
    <message>
        <source>served: %1</source>
        <translation>served: %1</translation>
    </message>
    <message>
        <source>served: at least %1</source>
        <translation>served: at least %1</translation>
    </message>
    <message>
        <source>identified: below %1</source>
        <translation>identified: below %1</translation>
    </message>
    <message>
        <source>identified: at least %1</source>
        <translation>identified: at least %1</translation>
    </message>
    <message>
        <source>served: at least %1 m² per person</source>
        <translation>served: at least %1 m² per person</translation>
    </message>
    <message>
        <source>referred: %1</source>
        <translation>referred: %1</translation>
    </message>
    <message>
        <source>SPM achievement</source>
        <translation>SPM achievement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Achievement (%)</source>
        <translation>Achievement (%)</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Counted as</translation>
    </message>
    <message>
        <source>Achievement = served (or identified) / target × 100. Targets on the last day of the month; answers are the latest up to the month&apos;s end, measurements the latest of the month. The rules come from the indicator catalog.</source>
        <translation>Achievement = served (or identified) / target × 100. Targets on the last day of the month; answers are the latest up to the month&apos;s end, measurements the latest of the month. The rules come from the indicator catalog.</translation>
    </message>
    <message>
        <source>Referrals this month by destination</source>
        <translation>Referrals this month by destination</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>The database refused a statement: %1</translation>
    </message>
    <message>
        <source>Simulated storage failure (test).</source>
        <translation>Simulated storage failure (test).</translation>
    </message>
    <message>
        <source>The data could not be written: %1</source>
        <translation>The data could not be written: %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync was cancelled; nothing is lost, the rest goes next time.</source>
        <translation>Sync was cancelled; nothing is lost, the rest goes next time.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1 Your changes are kept and go with the next sync.</source>
        <translation>The server cannot be reached: %1 Your changes are kept and go with the next sync.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device (its access was revoked or it was never enrolled). Enrol it again.</source>
        <translation>The server no longer accepts this device (its access was revoked or it was never enrolled). Enrol it again.</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s request: %1</source>
        <translation>The server refused this device&apos;s request: %1</translation>
    </message>
    <message>
        <source>The server needs another version of the application. Update it; your changes are kept.</source>
        <translation>The server needs another version of the application. Update it; your changes are kept.</translation>
    </message>
    <message>
        <source>The server is busy; it asked to try again later.</source>
        <translation>The server is busy; it asked to try again later.</translation>
    </message>
    <message>
        <source>The server had an internal problem (%1). Try again later; your changes are kept.</source>
        <translation>The server had an internal problem (%1). Try again later; your changes are kept.</translation>
    </message>
    <message>
        <source>The server refused the request (%1): %2</source>
        <translation>The server refused the request (%1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1); the changes stay queued.</source>
        <translation>The server&apos;s answer could not be read (%1); the changes stay queued.</translation>
    </message>
    <message>
        <source>A page of changes arrived incomplete.</source>
        <translation>A page of changes arrived incomplete.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a server yet.</source>
        <translation>This device is not enrolled with a server yet.</translation>
    </message>
    <message>
        <source>This is practice data; it syncs only with a practice server.</source>
        <translation>This is practice data; it syncs only with a practice server.</translation>
    </message>
    <message>
        <source>This server is a practice server; real data never syncs with it.</source>
        <translation>This server is a practice server; real data never syncs with it.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server and kept aside for correction: %1</source>
        <translation>
            <numerusform>%n change(s) were refused by the server and kept aside for correction: %1</numerusform>
            <numerusform>%n change(s) were refused by the server and kept aside for correction: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be applied on this device and were set aside: %1</source>
        <translation>
            <numerusform>%n change from the server could not be applied on this device and was set aside: %1</numerusform>
            <numerusform>%n changes from the server could not be applied on this device and were set aside: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived incomplete.</source>
        <translation>The server&apos;s answer arrived incomplete.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting arrived incomplete.</source>
        <translation>The server&apos;s greeting arrived incomplete.</translation>
    </message>
    <message>
        <source>The server needs another version of the application: it speaks data version %1, this application version %2. Update it; your changes are kept.</source>
        <translation>The server needs another version of the application: it speaks data version %1, this application version %2. Update it; your changes are kept.</translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <source>The server refused the connection; it may not be running.</source>
        <translation>The server refused the connection; it may not be running.</translation>
    </message>
    <message>
        <source>The server&apos;s address cannot be found; check the address and the internet connection.</source>
        <translation>The server&apos;s address cannot be found; check the address and the internet connection.</translation>
    </message>
    <message>
        <source>The connection stalled: the link is too slow or was cut.</source>
        <translation>The connection stalled: the link is too slow or was cut.</translation>
    </message>
    <message>
        <source>The connection was cut before the server answered.</source>
        <translation>The connection was cut before the server answered.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made: %1</source>
        <translation>A secure connection to the server could not be made: %1</translation>
    </message>
    <message>
        <source>The network reported: %1</source>
        <translation>The network reported: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived damaged.</source>
        <translation>The server&apos;s answer arrived damaged.</translation>
    </message>
</context>
<context>
    <name>TargetList</name>
    <message>
        <source>Under-five</source>
        <translation>Under-five</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Immunisation: %1</source>
        <translation>Immunisation: %1</translation>
    </message>
    <message>
        <source>Vitamin A (blue)</source>
        <translation>Vitamin A (blue)</translation>
    </message>
    <message>
        <source>Vitamin A (red)</source>
        <translation>Vitamin A (red)</translation>
    </message>
    <message>
        <source>Pregnancy check (ANC)</source>
        <translation>Pregnancy check (ANC)</translation>
    </message>
    <message>
        <source>Screening: blood pressure, blood sugar</source>
        <translation>Screening: blood pressure, blood sugar</translation>
    </message>
    <message>
        <source>Other resident</source>
        <translation>Other resident</translation>
    </message>
</context>
<context>
    <name>UserDate</name>
    <message>
        <source>Write the year with four digits, for example 12-05-1985 (not 12-05-85).</source>
        <translation>Write the year with four digits, for example 12-05-1985 (not 12-05-85).</translation>
    </message>
    <message>
        <source>Write the date as DD-MM-YYYY, for example 12-05-2024.</source>
        <translation>Write the date as DD-MM-YYYY, for example 12-05-2024.</translation>
    </message>
    <message>
        <source>There is no month %1: the day comes first, then the month (DD-MM-YYYY).</source>
        <translation>There is no month %1: the day comes first, then the month (DD-MM-YYYY).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not on the calendar: %2 %3 has %n day(s).</source>
        <translation>
            <numerusform>%1 is not on the calendar: %2 %3 has %n day.</numerusform>
            <numerusform>%1 is not on the calendar: %2 %3 has %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightTrend</name>
    <message>
        <source>Weight up (N): %1 g, minimum %2 g</source>
        <translation>Weight up (N): %1 g, minimum %2 g</translation>
    </message>
    <message>
        <source>Not up twice in a row (2T): %1 g, minimum %2 g. Refer to the Puskesmas.</source>
        <translation>Not up twice in a row (2T): %1 g, minimum %2 g. Refer to the Puskesmas.</translation>
    </message>
    <message>
        <source>Weight not up (T): %1 g, minimum %2 g</source>
        <translation>Weight not up (T): %1 g, minimum %2 g</translation>
    </message>
    <message>
        <source>Not weighed last month (O)</source>
        <translation>Not weighed last month (O)</translation>
    </message>
    <message>
        <source>First weighing (B)</source>
        <translation>First weighing (B)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Posyandu 6 SPM</source>
        <translation>Posyandu 6 SPM</translation>
    </message>
    <message>
        <source>The data cannot be opened.

%1</source>
        <translation>The data cannot be opened.

%1</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>The WHO growth tables in the application are damaged.</translation>
    </message>
    <message>
        <source>%1 row(s) processed, %2 with errors (see the error column).</source>
        <translation>%1 row(s) processed, %2 with errors (see the error column).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Checked: %1 good, %2 with errors, %3 already imported. Nothing was written.</source>
        <translation>Checked: %1 good, %2 with errors, %3 already imported. Nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 row(s); %2 with errors left out; %3 already imported.</source>
        <translation>Imported %1 row(s); %2 with errors left out; %3 already imported.</translation>
    </message>
    <message>
        <source>Practice village in %1: %2 Posyandu, %3 households, %4 people, %5 measurements, %6 pregnancies; %7 s.</source>
        <translation>Practice village in %1: %2 Posyandu, %3 households, %4 people, %5 measurements, %6 pregnancies; %7 s.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2 (%3 %4).</source>
        <translation>Enrolled with %1 as %2 (%3 %4).</translation>
    </message>
    <message>
        <source>This device is not enrolled yet; run &apos;posyandu-cli enroll --server URL --user NAME&apos; first.</source>
        <translation>This device is not enrolled yet; run &apos;posyandu-cli enroll --server URL --user NAME&apos; first.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, still waiting %3; %4 request(s), %5 bytes up, %6 bytes down.</source>
        <translation>Sent %1, received %2, still waiting %3; %4 request(s), %5 bytes up, %6 bytes down.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>The certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>No Posyandu is set up in this data folder yet; run &apos;posyandu-cli setup&apos; or open the application once first.</source>
        <translation>No Posyandu is set up in this data folder yet; run &apos;posyandu-cli setup&apos; or open the application once first.</translation>
    </message>
    <message>
        <source>There is no practice village in this data folder yet; make one with &apos;posyandu-cli demo&apos; or the application&apos;s practice mode.</source>
        <translation>There is no practice village in this data folder yet; make one with &apos;posyandu-cli demo&apos; or the application&apos;s practice mode.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable; nothing was set up.</source>
        <translation>The data folder %1 is not writable; nothing was set up.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only; nothing was set up.</source>
        <translation>The data file %1 is read-only; nothing was set up.</translation>
    </message>
    <message>
        <source>This data folder already has Posyandu %1 (%2, village %3); a data folder holds one Posyandu, so nothing was changed.</source>
        <translation>This data folder already has Posyandu %1 (%2, village %3); a data folder holds one Posyandu, so nothing was changed.</translation>
    </message>
    <message>
        <source>Posyandu %1 (%2, village %3) is set up in %4.</source>
        <translation>Posyandu %1 (%2, village %3) is set up in %4.</translation>
    </message>
    <message>
        <source>There is no data file in %1 yet; make one with &apos;posyandu-cli setup --posyandu CODE --name NAME --village CODE&apos;.</source>
        <translation>There is no data file in %1 yet; make one with &apos;posyandu-cli setup --posyandu CODE --name NAME --village CODE&apos;.</translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation>set aside: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: %5</source>
        <translation>%1 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Nothing was refused or set aside.</source>
        <translation>Nothing was refused or set aside.</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5: kept &quot;%6&quot;, other &quot;%7&quot; (%8)</source>
        <translation>#%1 %2 %3 %4 %5: kept &quot;%6&quot;, other &quot;%7&quot; (%8)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
</context>
</TS>
