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
    <name>DialogButtons</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
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
        <source>The name is too long (at most 100 characters).</source>
        <translation>The name is too long (at most 100 characters).</translation>
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
        <source>The address is too long (at most 200 characters).</source>
        <translation>The address is too long (at most 200 characters).</translation>
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
        <source>The text is too long (at most 500 characters).</source>
        <translation>The text is too long (at most 500 characters).</translation>
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
        <source>The name is too long (at most 100 characters).</source>
        <translation>The name is too long (at most 100 characters).</translation>
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
        <source>Register the first household (Ctrl+N)</source>
        <translation>Register the first household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Posyandu 6 SPM — %1</source>
        <translation>Posyandu 6 SPM — %1</translation>
    </message>
    <message>
        <source>Posyandu 6 SPM</source>
        <translation>Posyandu 6 SPM</translation>
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
    <message>
        <source>&amp;Edit household</source>
        <translation>&amp;Edit household</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
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
        <source>Mo&amp;ve member to another household…</source>
        <translation>Mo&amp;ve member to another household…</translation>
    </message>
    <message>
        <source>Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · Tab: between lists</source>
        <translation>Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · Tab: between lists</translation>
    </message>
    <message>
        <source>Choose the member to move in the members list first.</source>
        <translation>Choose the member to move in the members list first.</translation>
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
        <source>Write the date as DD-MM-YYYY, for example 12-05-2024.</source>
        <translation>Write the date as DD-MM-YYYY, for example 12-05-2024.</translation>
    </message>
    <message>
        <source>Possibly registered already: %1, born %2%3.</source>
        <translation>Possibly registered already: %1, born %2%3.</translation>
    </message>
    <message>
        <source>Please check the remarks in yellow. Press Enter again to save anyway.</source>
        <translation>Please check the remarks in yellow. Press Enter again to save anyway.</translation>
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
</context>
</TS>
