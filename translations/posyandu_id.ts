<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AnthroBatch</name>
    <message>
        <source>The file lacks required columns: %1.</source>
        <translation>Berkas tidak memiliki kolom wajib: %1.</translation>
    </message>
    <message>
        <source>The file already has a column named %1; rename it first.</source>
        <translation>Berkas sudah memiliki kolom bernama %1; ganti namanya dulu.</translation>
    </message>
    <message>
        <source>sex must be L or P</source>
        <translation>sex harus L atau P</translation>
    </message>
    <message>
        <source>age_days must be a number of days, 0 or more</source>
        <translation>age_days harus berupa jumlah hari, 0 atau lebih</translation>
    </message>
    <message>
        <source>birth_date and visit_date must be real dates (YYYY-MM-DD), or give age_days</source>
        <translation>birth_date dan visit_date harus tanggal yang benar (TTTT-BB-HH), atau isi age_days</translation>
    </message>
    <message>
        <source>visit_date is before birth_date</source>
        <translation>visit_date lebih awal dari birth_date</translation>
    </message>
    <message>
        <source>60 months or older: WHO child standards do not apply</source>
        <translation>umur 60 bulan atau lebih: standar anak WHO tidak berlaku</translation>
    </message>
    <message>
        <source>weight_kg must be a weight in kg, e.g. 9.5</source>
        <translation>weight_kg harus berat dalam kg, misalnya 9,5</translation>
    </message>
    <message>
        <source>lenhei_cm must be a length or height in cm, e.g. 75.3</source>
        <translation>lenhei_cm harus panjang atau tinggi dalam cm, misalnya 75,3</translation>
    </message>
    <message>
        <source>no weight_kg or lenhei_cm</source>
        <translation>tidak ada weight_kg atau lenhei_cm</translation>
    </message>
    <message>
        <source>measured must be lying or standing</source>
        <translation>measured harus lying (berbaring) atau standing (berdiri)</translation>
    </message>
    <message>
        <source>oedema must be y or n</source>
        <translation>oedema harus y atau n</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>Anthropometry</name>
    <message>
        <source>Choose the child who was measured.</source>
        <translation>Pilih anak yang diukur.</translation>
    </message>
    <message>
        <source>Fill in the measurement date.</source>
        <translation>Isi tanggal pengukuran.</translation>
    </message>
    <message>
        <source>The measurement date cannot be in the future.</source>
        <translation>Tanggal pengukuran tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The measurement date cannot be before the birth date.</source>
        <translation>Tanggal pengukuran tidak boleh sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>Enter at least one measurement.</source>
        <translation>Isi paling sedikit satu hasil pengukuran.</translation>
    </message>
    <message>
        <source>Weight must be between 0.5 and 50 kg. Check the decimal comma (9,5 means 9.5 kg).</source>
        <translation>Berat badan harus antara 0,5 dan 50 kg. Periksa koma desimal (9,5 berarti sembilan setengah kg).</translation>
    </message>
    <message>
        <source>Length or height must be between 35 and 140 cm.</source>
        <translation>Panjang atau tinggi badan harus antara 35 dan 140 cm.</translation>
    </message>
    <message>
        <source>Upper-arm circumference (LILA) must be between 5 and 35 cm.</source>
        <translation>Lingkar lengan atas (LILA) harus antara 5 dan 35 cm.</translation>
    </message>
    <message>
        <source>Head circumference must be between 20 and 60 cm.</source>
        <translation>Lingkar kepala harus antara 20 dan 60 cm.</translation>
    </message>
</context>
<context>
    <name>ChangeReverter</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Tidak ada yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>The saved record no longer exists; nothing was undone.</source>
        <translation>Data yang disimpan sudah tidak ada; tidak ada yang dibatalkan.</translation>
    </message>
    <message>
        <source>The record was changed again after this save (perhaps by a sync); nothing was undone.</source>
        <translation>Data ini sudah diubah lagi setelah disimpan (mungkin oleh sinkronisasi); tidak ada yang dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <source>%1 is not a kind of record that syncs.</source>
        <translation>%1 bukan jenis catatan yang disinkronkan.</translation>
    </message>
    <message>
        <source>A change must insert, update or delete a record.</source>
        <translation>Perubahan harus menambah, mengubah, atau menghapus catatan.</translation>
    </message>
    <message>
        <source>The record is larger than %1 KB.</source>
        <translation>Catatan lebih besar dari %1 KB.</translation>
    </message>
    <message>
        <source>deleted_at must be a moment in time or empty.</source>
        <translation>deleted_at harus berupa waktu atau kosong.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 tidak mempunyai isian %2.</translation>
    </message>
    <message>
        <source>%1 of %2 must be filled in.</source>
        <translation>%1 pada %2 wajib diisi.</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 harus 0 atau 1.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 harus bilangan bulat.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 harus berupa angka.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 harus berupa teks.</translation>
    </message>
    <message>
        <source>%1 holds a control character.</source>
        <translation>%1 berisi karakter kendali.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3.</source>
        <translation>%1 berisi %2 huruf; paling banyak %3.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD.</source>
        <translation>%1 harus tanggal yang ditulis YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be JSON text.</source>
        <translation>%1 harus teks JSON.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 harus salah satu dari %2.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Internal error: cannot write %1 %2.</source>
        <translation>Kesalahan internal: tidak dapat menulis %1 %2.</translation>
    </message>
    <message>
        <source>Internal error: bad field name %1.</source>
        <translation>Kesalahan internal: nama kolom %1 salah.</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>Data yang akan diubah sudah tidak ada.</translation>
    </message>
    <message>
        <source>This change cannot be saved: %1</source>
        <translation>Perubahan ini tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>This laptop is connected for a supervisor or an administrator: it reads and reviews. Service data is entered on a cadre&apos;s laptop.</source>
        <translation>Laptop ini terhubung untuk pendamping (supervisor) atau administrator: laptop ini membaca dan meninjau. Data layanan diisi di laptop kader.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala Keluarga</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Suami</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Istri</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>Menantu</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cucu</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang Tua</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Mertua</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Famili Lain</translation>
    </message>
    <message>
        <source>Household help</source>
        <translation>Pembantu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>Tinggal di sini</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Server tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this device. Enrol it again.</source>
        <translation>Server tidak lagi menerima perangkat ini. Daftarkan lagi.</translation>
    </message>
    <message>
        <source>Only a supervisor can decide conflicts.</source>
        <translation>Hanya pendamping (supervisor) yang dapat memutuskan konflik.</translation>
    </message>
    <message>
        <source>Someone has decided this conflict already.</source>
        <translation>Konflik ini sudah diputuskan orang lain.</translation>
    </message>
    <message>
        <source>The server refused (%1): %2</source>
        <translation>Server menolak (%1): %2</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet.</source>
        <translation>Perangkat ini belum terhubung ke server.</translation>
    </message>
    <message>
        <source>The server&apos;s list of conflicts could not be read.</source>
        <translation>Daftar konflik dari server tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file has a quote (&quot;) that is never closed.</source>
        <translation>Berkas memiliki tanda kutip (&quot;) yang tidak ditutup.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>DangerSigns</name>
    <message>
        <source>The danger signs are damaged (%1).</source>
        <translation>Daftar tanda bahaya rusak (%1).</translation>
    </message>
    <message>
        <source>Danger sign %1 names no answer, score or threshold.</source>
        <translation>Tanda bahaya %1 tidak menyebut jawaban, skor, atau batas.</translation>
    </message>
    <message>
        <source>A danger sign has no code or no words.</source>
        <translation>Ada tanda bahaya tanpa kode atau tanpa kata-kata.</translation>
    </message>
</context>
<context>
    <name>DataQualityReport</name>
    <message>
        <source>no NIK (17 or older)</source>
        <translation>tanpa NIK (umur 17 ke atas)</translation>
    </message>
    <message>
        <source>malformed NIK %1</source>
        <translation>NIK %1 salah bentuk</translation>
    </message>
    <message>
        <source>NIK %1 disagrees with the birth date or sex</source>
        <translation>NIK %1 tidak cocok dengan tanggal lahir atau jenis kelamin</translation>
    </message>
    <message>
        <source>NIK %1 is registered %2 times</source>
        <translation>NIK %1 terdaftar %2 kali</translation>
    </message>
    <message>
        <source>same name and birth date as another person</source>
        <translation>nama dan tanggal lahir sama dengan orang lain</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Kualitas data</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>People or changes</source>
        <translation>Orang atau perubahan</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Orang di register</translation>
    </message>
    <message>
        <source>17 or older without a NIK</source>
        <translation>Umur 17 ke atas tanpa NIK</translation>
    </message>
    <message>
        <source>Malformed NIK</source>
        <translation>NIK salah bentuk</translation>
    </message>
    <message>
        <source>NIK disagrees with birth date or sex</source>
        <translation>NIK tidak cocok dengan tanggal lahir atau jenis kelamin</translation>
    </message>
    <message>
        <source>Same NIK on more than one person</source>
        <translation>NIK sama pada lebih dari satu orang</translation>
    </message>
    <message>
        <source>Same name and birth date (likely duplicates)</source>
        <translation>Nama dan tanggal lahir sama (kemungkinan ganda)</translation>
    </message>
    <message>
        <source>Changes on this device not yet acknowledged by the server</source>
        <translation>Perubahan di perangkat ini yang belum diterima server</translation>
    </message>
    <message>
        <source>Sync conflicts appear here once this device syncs with the regional server.</source>
        <translation>Konflik sinkronisasi muncul di sini setelah perangkat ini tersinkron dengan server wilayah.</translation>
    </message>
    <message>
        <source>Records to correct</source>
        <translation>Data yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data folder %1 cannot be created. Check that it is writable.</source>
        <translation>Folder data %1 tidak dapat dibuat. Periksa apakah folder itu boleh ditulisi.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>Berkas data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is not a Posyandu data file or it is damaged.</source>
        <translation>%1 bukan berkas data Posyandu atau berkasnya rusak.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Making the practice village failed: %1</source>
        <translation>Gagal membuat desa latihan: %1</translation>
    </message>
    <message>
        <source>Cancelled; the practice village was not made.</source>
        <translation>Dibatalkan; desa latihan tidak dibuat.</translation>
    </message>
    <message>
        <source>Choose 1 to 1,000,000 households and 1 to 60 months.</source>
        <translation>Pilih 1 sampai 1.000.000 rumah tangga dan 1 sampai 60 bulan.</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>Tabel pertumbuhan WHO di aplikasi rusak.</translation>
    </message>
    <message>
        <source>This data file holds real records; practice data is only made in a separate practice file.</source>
        <translation>Berkas data ini berisi data asli; data latihan hanya dibuat di berkas latihan tersendiri.</translation>
    </message>
    <message>
        <source>Only a practice file can be reset.</source>
        <translation>Hanya berkas latihan yang bisa dibuat ulang.</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolment</name>
    <message>
        <source>The server address %1 is not valid; write it like http://192.168.1.10:8080 or https://sync.example.id.</source>
        <translation>Alamat server %1 tidak benar; tulis seperti http://192.168.1.10:8080 atau https://sync.example.id.</translation>
    </message>
    <message>
        <source>The device token could not be kept in the system keychain, so the device was not enrolled: %1</source>
        <translation>Token perangkat tidak dapat disimpan di keychain sistem, jadi perangkat tidak didaftarkan: %1</translation>
    </message>
    <message>
        <source>A user name and a password are needed to enrol.</source>
        <translation>Nama pengguna dan kata sandi diperlukan untuk mendaftar.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Server tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>%1 did not answer like a Posyandu server (HTTP %2).</source>
        <translation>%1 tidak menjawab seperti server Posyandu (HTTP %2).</translation>
    </message>
    <message>
        <source>The server needs another version of the application. Update it first.</source>
        <translation>Server memerlukan versi aplikasi yang lain. Perbarui aplikasi dulu.</translation>
    </message>
    <message>
        <source>This is practice data: it can enrol only with a practice server (posyandu-server --demo), never with a real one.</source>
        <translation>Ini data latihan: hanya dapat didaftarkan ke server latihan (posyandu-server --demo), tidak pernah ke server sungguhan.</translation>
    </message>
    <message>
        <source>This server is a practice server; real data never syncs with it.</source>
        <translation>Server ini server latihan; data sungguhan tidak pernah disinkronkan dengannya.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP %1).</source>
        <translation>Server menolak pendaftaran (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment could not be read.</source>
        <translation>Jawaban server atas pendaftaran tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The user %1 serves Posyandu %2, but this laptop records Posyandu %3. Enrol with a user of that Posyandu.</source>
        <translation>Pengguna %1 melayani Posyandu %2, tetapi laptop ini mencatat Posyandu %3. Daftarkan dengan pengguna Posyandu tersebut.</translation>
    </message>
    <message>
        <source>The certificate file holds no PEM certificate.</source>
        <translation>Berkas sertifikat tidak berisi sertifikat PEM.</translation>
    </message>
</context>
<context>
    <name>DeviceToken</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Keychain sistem tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>No device token is stored yet. Enrol this device first.</source>
        <translation>Belum ada token perangkat. Daftarkan perangkat ini dulu.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Buang perubahan</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Kembali ke formulir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved yet. Save it now, or discard it?</source>
        <translation>Isian di formulir ini belum disimpan. Simpan sekarang, atau buang?</translation>
    </message>
</context>
<context>
    <name>DoseCheck</name>
    <message>
        <source>Unknown vaccine %1.</source>
        <translation>Vaksin %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 was already given to this child.</source>
        <translation>%1 sudah pernah diberikan kepada anak ini.</translation>
    </message>
    <message>
        <source>Immunisations here are for children under five.</source>
        <translation>Imunisasi di sini untuk balita.</translation>
    </message>
    <message>
        <source>%1: a date from the KIA book cannot be after the session.</source>
        <translation>%1: tanggal dari buku KIA tidak boleh sesudah hari buka ini.</translation>
    </message>
    <message>
        <source>%1: the date is before the child&apos;s birth.</source>
        <translation>%1: tanggalnya sebelum anak lahir.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (pada %2)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Nothing was saved. Please correct the fields marked in red.</source>
        <translation>Belum ada yang disimpan. Mohon perbaiki isian yang bertanda merah.</translation>
    </message>
</context>
<context>
    <name>GrowthCalculator</name>
    <message>
        <source>Severely underweight</source>
        <translation>Berat badan sangat kurang</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Berat badan kurang</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Risk of overweight</source>
        <translation>Risiko berat badan lebih</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Sangat pendek</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Severely wasted</source>
        <translation>Gizi buruk</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gizi kurang</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Gizi lebih</translation>
    </message>
    <message>
        <source>Obese</source>
        <translation>Obesitas</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Choose the Posyandu this household belongs to.</source>
        <translation>Pilih Posyandu tempat rumah tangga ini terdaftar.</translation>
    </message>
    <message>
        <source>Fill in the name of the head of the household.</source>
        <translation>Isi nama kepala rumah tangga.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Nama terlalu panjang (paling banyak %1 huruf).</translation>
    </message>
    <message>
        <source>RT must be a number from 1 to 999.</source>
        <translation>RT harus angka 1 sampai 999.</translation>
    </message>
    <message>
        <source>RW must be a number from 1 to 999.</source>
        <translation>RW harus angka 1 sampai 999.</translation>
    </message>
    <message>
        <source>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</source>
        <translation>Kode desa harus 10 angka (provinsi 2, kabupaten/kota 2, kecamatan 2, desa 4).</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>Alamat terlalu panjang (paling banyak %1 huruf).</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>This household is registered already: add its head as a member of it.</source>
        <translation>Rumah tangga ini sudah terdaftar: tambahkan kepalanya sebagai anggota.</translation>
    </message>
</context>
<context>
    <name>ImmunisationReport</name>
    <message>
        <source>Immunisation</source>
        <translation>Imunisasi</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaksin</translation>
    </message>
    <message>
        <source>Doses this month</source>
        <translation>Dosis bulan ini</translation>
    </message>
    <message>
        <source>Doses since January</source>
        <translation>Dosis sejak Januari</translation>
    </message>
    <message>
        <source>Completed basic immunisation (children)</source>
        <translation>Imunisasi dasar lengkap (anak)</translation>
    </message>
    <message>
        <source>Complete basic immunisation: every dose due before 12 months in the schedule rules, counted in the month of the last of those doses.</source>
        <translation>Imunisasi dasar lengkap: semua dosis yang jatuh tempo sebelum umur 12 bulan menurut aturan jadwal, dihitung pada bulan dosis terakhirnya.</translation>
    </message>
    <message>
        <source>Vitamin A</source>
        <translation>Vitamin A</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Kapsul</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Given this month</source>
        <translation>Diberikan bulan ini</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Blue (6-11 months)</source>
        <translation>Biru (6-11 bulan)</translation>
    </message>
    <message>
        <source>Red (12-59 months)</source>
        <translation>Merah (12-59 bulan)</translation>
    </message>
    <message>
        <source>Not a vitamin A month (February and August): targets are counted for those months only.</source>
        <translation>Bukan bulan vitamin A (Februari dan Agustus): sasaran hanya dihitung pada bulan itu.</translation>
    </message>
    <message>
        <source>Children with overdue doses</source>
        <translation>Anak dengan imunisasi terlambat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Doses not given</source>
        <translation>Dosis yang belum diberikan</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Fill in a value.</source>
        <translation>Isi jawabannya.</translation>
    </message>
    <message>
        <source>Answer yes (ya) or no (tidak).</source>
        <translation>Jawab ya atau tidak.</translation>
    </message>
    <message>
        <source>Enter a number, for example 9,5.</source>
        <translation>Isi dengan angka, misalnya 9,5.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Isi dengan bilangan bulat.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2 %3.</source>
        <translation>Nilai harus antara %1 dan %2 %3.</translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation>Pilih salah satu jawaban yang tersedia.</translation>
    </message>
    <message>
        <source>Enter a real date (YYYY-MM-DD).</source>
        <translation>Isi tanggal yang benar (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Teks terlalu panjang (paling banyak %1 huruf).</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Public works (water, sanitation)</source>
        <translation>Pekerjaan umum (air minum, sanitasi)</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan rakyat</translation>
    </message>
    <message>
        <source>Public order and disaster preparedness</source>
        <translation>Trantibumlinmas (ketertiban dan kesiapsiagaan bencana)</translation>
    </message>
    <message>
        <source>Social affairs</source>
        <translation>Sosial</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>e.g. %1 %2</source>
        <translation>mis. %1 %2</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>The indicator catalog is missing from the application.</source>
        <translation>Katalog indikator tidak ada di aplikasi.</translation>
    </message>
    <message>
        <source>The indicator catalog is damaged (%1).</source>
        <translation>Katalog indikator rusak (%1).</translation>
    </message>
    <message>
        <source>Indicator %1 in the catalog is invalid: %2</source>
        <translation>Indikator %1 di katalog tidak sah: %2</translation>
    </message>
</context>
<context>
    <name>KkNumber</name>
    <message>
        <source>The family card number (No. KK) may contain digits only.</source>
        <translation>Nomor Kartu Keluarga (No. KK) hanya boleh berisi angka.</translation>
    </message>
    <message numerus="yes">
        <source>The family card number (No. KK) must be exactly 16 digits (this one has %n).</source>
        <translation>
            <numerusform>Nomor Kartu Keluarga (No. KK) harus tepat 16 angka (yang ini %n angka).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six digits of the family card number are not a valid area code.</source>
        <translation>Enam angka pertama No. KK bukan kode wilayah yang sah.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the family card number are not a real date. Please check the number against the card.</source>
        <translation>Angka ke-7 sampai ke-12 No. KK bukan tanggal yang benar. Mohon cocokkan nomornya dengan kartu.</translation>
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
        <translation>dirujuk</translation>
    </message>
    <message>
        <source>no visit this month</source>
        <translation>tidak berkunjung bulan ini</translation>
    </message>
    <message>
        <source>blood pressure ≥ 140/90</source>
        <translation>tekanan darah ≥ 140/90</translation>
    </message>
    <message>
        <source>high blood sugar</source>
        <translation>gula darah tinggi</translation>
    </message>
    <message>
        <source>TB symptoms</source>
        <translation>Gejala TBC</translation>
    </message>
    <message>
        <source>Pregnant women</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Pregnant at the end of the month</source>
        <translation>Hamil pada akhir bulan</translation>
    </message>
    <message>
        <source>Visited this month (ANC)</source>
        <translation>Berkunjung bulan ini (ANC)</translation>
    </message>
    <message>
        <source>KEK: upper-arm circumference &lt; 23.5 cm</source>
        <translation>KEK: LILA &lt; 23,5 cm</translation>
    </message>
    <message>
        <source>Received iron tablets</source>
        <translation>Mendapat tablet tambah darah</translation>
    </message>
    <message>
        <source>Iron tablets given</source>
        <translation>Tablet tambah darah yang diberikan</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Adult screening</source>
        <translation>Skrining dewasa dan lansia</translation>
    </message>
    <message>
        <source>Screened, 15-59 years</source>
        <translation>Diskrining, umur 15-59 tahun</translation>
    </message>
    <message>
        <source>Screened, 60 years and over</source>
        <translation>Diskrining, umur 60 tahun ke atas</translation>
    </message>
    <message>
        <source>Blood pressure ≥ 140/90</source>
        <translation>Tekanan darah ≥ 140/90</translation>
    </message>
    <message>
        <source>High blood sugar (fasting ≥ 126, other ≥ 200 mg/dL)</source>
        <translation>Gula darah tinggi (puasa ≥ 126, lainnya ≥ 200 mg/dL)</translation>
    </message>
    <message>
        <source>Pregnant women to follow up</source>
        <translation>Ibu hamil yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <source>Screened adults to follow up</source>
        <translation>Warga diskrining yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>Orang ini tidak ada di daftar.</translation>
    </message>
    <message>
        <source>Fill in the date.</source>
        <translation>Isi tanggalnya.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Tanggal tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Unknown indicator %1.</source>
        <translation>Indikator %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 is entered in its own form, not as an observation.</source>
        <translation>%1 diisi di formulirnya sendiri, bukan sebagai pengamatan.</translation>
    </message>
    <message>
        <source>Choose the person this answer is about.</source>
        <translation>Pilih orang yang dimaksud jawaban ini.</translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation>Pilih rumah tangganya.</translation>
    </message>
    <message>
        <source>This person does not belong to the chosen household.</source>
        <translation>Orang ini bukan anggota rumah tangga yang dipilih.</translation>
    </message>
    <message>
        <source>The date cannot be before the birth date.</source>
        <translation>Tanggal tidak boleh sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>This question does not apply to this person&apos;s age or sex.</source>
        <translation>Pertanyaan ini tidak berlaku untuk umur atau jenis kelamin orang ini.</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation>Pilih rumah tangga orang ini.</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s name.</source>
        <translation>Isi nama orangnya.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Nama terlalu panjang (paling banyak %1 huruf).</translation>
    </message>
    <message>
        <source>Choose the sex: L (male) or P (female).</source>
        <translation>Pilih jenis kelamin: L (laki-laki) atau P (perempuan).</translation>
    </message>
    <message>
        <source>Fill in the birth date. If only the age is known, estimate it and tick &quot;estimated&quot;.</source>
        <translation>Isi tanggal lahir. Jika hanya umur yang diketahui, perkirakan tanggalnya dan centang &quot;perkiraan&quot;.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>Tanggal lahir terlalu jauh di masa lalu.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of the family, as on the family card.</source>
        <translation>Pilih hubungan dengan kepala keluarga, sesuai Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Unknown member status.</source>
        <translation>Status anggota tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown disability type.</source>
        <translation>Jenis disabilitas tidak dikenal.</translation>
    </message>
    <message>
        <source>Fill in the date the person died or moved.</source>
        <translation>Isi tanggal orang ini meninggal atau pindah.</translation>
    </message>
    <message>
        <source>That date cannot be in the future.</source>
        <translation>Tanggal itu tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>That date cannot be before the birth date.</source>
        <translation>Tanggal itu tidak boleh sebelum tanggal lahir.</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>Orang ini tidak ada di daftar.</translation>
    </message>
    <message>
        <source>This person already belongs to that household.</source>
        <translation>Orang ini sudah menjadi anggota rumah tangga itu.</translation>
    </message>
    <message>
        <source>Choose the household to move to.</source>
        <translation>Pilih rumah tangga tujuan.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of the family, as on the family card.</source>
        <translation>Pilih hubungan dengan kepala keluarga, sesuai Kartu Keluarga.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The data file&apos;s schema version cannot be read.</source>
        <translation>Versi skema berkas data tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of the application (schema %1; this version knows up to %2). Please update the application; the file was not changed.</source>
        <translation>Berkas data ini ditulis oleh versi aplikasi yang lebih baru (skema %1; versi ini hanya mengenal sampai %2). Mohon perbarui aplikasi; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the application.</source>
        <translation>Migrasi %1 tidak ada di aplikasi.</translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed: %2</source>
        <translation>Gagal memperbarui berkas data ke versi %1: %2</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>Tabel pertumbuhan WHO di aplikasi rusak.</translation>
    </message>
    <message>
        <source>Monthly report %1 — %2</source>
        <translation>Laporan bulanan %1 — %2</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>NIK may contain digits only.</source>
        <translation>NIK hanya boleh berisi angka.</translation>
    </message>
    <message numerus="yes">
        <source>NIK must be exactly 16 digits (this one has %n).</source>
        <translation>
            <numerusform>NIK harus tepat 16 angka (yang ini %n angka).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first six digits of the NIK are not a valid area code.</source>
        <translation>Enam angka pertama NIK bukan kode wilayah yang sah.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the NIK must be a real birth date (DDMMYY; women add 40 to the day).</source>
        <translation>Angka ke-7 sampai ke-12 NIK harus tanggal lahir yang benar (HHBBTT; untuk perempuan tanggal ditambah 40).</translation>
    </message>
    <message>
        <source>The last four digits of the NIK cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>The NIK is a woman&apos;s (day + 40) but the member is recorded as male. Please check the sex or the NIK.</source>
        <translation>NIK ini milik perempuan (tanggal + 40), tetapi anggota tercatat laki-laki. Mohon periksa jenis kelamin atau NIK.</translation>
    </message>
    <message>
        <source>The NIK is a man&apos;s but the member is recorded as female. Please check the sex or the NIK.</source>
        <translation>NIK ini milik laki-laki, tetapi anggota tercatat perempuan. Mohon periksa jenis kelamin atau NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (%1) differs from the recorded birth date (%2). Please check both.</source>
        <translation>Tanggal lahir di NIK (%1) berbeda dengan tanggal lahir yang dicatat (%2). Mohon periksa keduanya.</translation>
    </message>
</context>
<context>
    <name>NutritionReport</name>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>Unlikely value: check the measurement</source>
        <translation>Nilai tidak wajar: periksa pengukuran</translation>
    </message>
    <message>
        <source>Not up two months running (2T)</source>
        <translation>Tidak naik dua bulan berturut-turut (2T)</translation>
    </message>
    <message>
        <source>Nutrition status of the children weighed this month</source>
        <translation>Status gizi balita yang ditimbang bulan ini</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Jumlah anak</translation>
    </message>
    <message>
        <source>% of weighed</source>
        <translation>% dari yang ditimbang</translation>
    </message>
    <message>
        <source>Not computed (no length, oedema or age 60 months)</source>
        <translation>Tidak dihitung (tanpa panjang badan, edema, atau umur 60 bulan)</translation>
    </message>
    <message>
        <source>Weight-for-age (BB/U)</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Length/height-for-age (PB/U, TB/U)</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length/height (BB/PB, BB/TB)</source>
        <translation>Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006 z-scores by the month&apos;s last weighing; categories of Permenkes 2/2020.</source>
        <translation>Z-skor Standar Pertumbuhan Anak WHO 2006 dari penimbangan terakhir bulan ini; kategori menurut Permenkes 2/2020.</translation>
    </message>
    <message>
        <source>Children to refer or re-measure</source>
        <translation>Anak yang perlu dirujuk atau diukur ulang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>Posyandu::HouseholdListModel</name>
    <message>
        <source>Head of household</source>
        <translation>Kepala rumah tangga</translation>
    </message>
    <message>
        <source>Family card no.</source>
        <translation>No. KK</translation>
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
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>Posyandu::ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Salah</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>Posyandu::MemberListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
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
        <translation>Belum ada token perangkat. Daftarkan perangkat ini dulu.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Penyimpanan kunci sistem menolak akses. Buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <source>This computer has no system keychain (Secret Service) running.</source>
        <translation>Komputer ini tidak menjalankan penyimpanan kunci sistem (Secret Service).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Penyimpanan kunci sistem melaporkan kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>Posyandu::Sync::SyncScheduler</name>
    <message>
        <source>connecting…</source>
        <translation>menghubungi server…</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 dari %2 perubahan terkirim</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 perubahan diterima</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Menyinkronkan… %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Luring — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting; last synced at %1</source>
        <translation>
            <numerusform>%n perubahan menunggu; terakhir tersinkron pukul %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Tersinkron pukul %1</translation>
    </message>
    <message>
        <source>Not connected to a server yet (Sync → Connect to a server).</source>
        <translation>Belum terhubung ke server (Sinkron → Hubungkan ke server).</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) refused by the server (Sync → Refused changes)</source>
        <translation>
            <numerusform>· %n perubahan ditolak server (Sinkron → Perubahan yang ditolak)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — sync failed: %1</source>
        <translation>
            <numerusform>%n perubahan menunggu — sinkronisasi gagal: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) from the server set aside (Sync → Refused changes)</source>
        <translation>
            <numerusform>· %n perubahan dari server disisihkan (Sinkron → Perubahan yang ditolak)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server is not answering; trying again (%1 of %2)…</source>
        <translation>server tidak menjawab; mencoba lagi (%1 dari %2)…</translation>
    </message>
</context>
<context>
    <name>Posyandu::TargetListModel</name>
    <message>
        <source>Household of %1</source>
        <translation>Rumah tangga %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Layanan hari ini</translation>
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
        <translation>Konflik untuk ditinjau</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Nilai yang dipakai</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai yang lain</translation>
    </message>
    <message>
        <source>&amp;Keep the value (Enter)</source>
        <translation>&amp;Pertahankan nilai (Enter)</translation>
    </message>
    <message>
        <source>Use the &amp;other value (Ctrl+Enter)</source>
        <translation>Pakai nilai yang &amp;lain (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Menanyakan ke server…</translation>
    </message>
    <message>
        <source>Nothing to review: no two laptops changed the same field at the same time.</source>
        <translation>Tidak ada yang perlu ditinjau: tidak ada dua laptop yang mengubah isian yang sama pada saat yang sama.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed on two laptops at the same time. The later change was kept; keep it, or use the other value.</source>
        <translation>
            <numerusform>%n isian diubah di dua laptop pada saat yang sama. Perubahan yang terakhir dipakai; pertahankan, atau pakai nilai yang lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Mengirim keputusan…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::EnrolDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Hubungkan ke server</translation>
    </message>
    <message>
        <source>Ask your supervisor for the server&apos;s address and your user name. The password is used once and not kept; this laptop keeps only a device key, in the system keychain.</source>
        <translation>Tanyakan alamat server dan nama pengguna Anda kepada pendamping. Kata sandi dipakai sekali dan tidak disimpan; laptop ini hanya menyimpan kunci perangkat, di keychain sistem.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Connect (Enter)</source>
        <translation>Hubungkan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, your user name and your password.</source>
        <translation>Isi alamat server, nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Terhubung sebagai %1.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::GrowthChartWidget</name>
    <message>
        <source>Weight-for-age growth chart</source>
        <translation>Grafik pertumbuhan berat badan menurut umur</translation>
    </message>
    <message>
        <source>age (months)</source>
        <translation>umur (bulan)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::GrowthPanel</name>
    <message>
        <source>Growth</source>
        <translation>Pertumbuhan</translation>
    </message>
    <message>
        <source> (unlikely value: check the measurement)</source>
        <translation> (nilai tidak wajar: periksa pengukuran)</translation>
    </message>
    <message>
        <source>Weight-for-age</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>Length-for-age</source>
        <translation>PB/U</translation>
    </message>
    <message>
        <source>Height-for-age</source>
        <translation>TB/U</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>BB/TB</translation>
    </message>
    <message>
        <source>Weight-for-length</source>
        <translation>BB/PB</translation>
    </message>
    <message>
        <source>Oedema: weight-based scores are not computed.</source>
        <translation>Edema: skor berbasis berat badan tidak dihitung.</translation>
    </message>
    <message>
        <source>Type the weight and length/height to see the z-scores.</source>
        <translation>Ketik berat dan panjang/tinggi badan untuk melihat z-skor.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>Daftarkan rumah tangga</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Ubah rumah tangga</translation>
    </message>
    <message>
        <source>&amp;Head of household</source>
        <translation>&amp;Kepala rumah tangga</translation>
    </message>
    <message>
        <source>Family card no. (&amp;KK)</source>
        <translation>Nomor &amp;KK</translation>
    </message>
    <message>
        <source>16 digits; leave empty if not at hand</source>
        <translation>16 angka; kosongkan jika kartu tidak dibawa</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;RT</source>
        <translation>&amp;RT</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>misalnya 3</translation>
    </message>
    <message>
        <source>R&amp;W</source>
        <translation>R&amp;W</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>misalnya 1</translation>
    </message>
    <message>
        <source>D&amp;usun</source>
        <translation>D&amp;usun</translation>
    </message>
    <message>
        <source>&amp;Village code</source>
        <translation>Kode &amp;desa</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 angka</translation>
    </message>
    <message>
        <source>Dasa&amp;wisma</source>
        <translation>Dasa&amp;wisma</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Simpan (Enter)</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;NIK</source>
        <translation>&amp;NIK kepala keluarga</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Head&apos;s se&amp;x</source>
        <translation>&amp;Jenis kelamin kepala keluarga</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;birth date</source>
        <translation>&amp;Tanggal lahir kepala keluarga</translation>
    </message>
    <message>
        <source>DD-MM-YYYY, e.g. 12-05-1985</source>
        <translation>HH-BB-TTTT, mis. 12-05-1985</translation>
    </message>
    <message>
        <source>&amp;Estimated (only the age is known)</source>
        <translation>&amp;Perkiraan (hanya umur yang diketahui)</translation>
    </message>
    <message>
        <source>Please check the remarks in yellow. Press Enter again to save anyway.</source>
        <translation>Mohon periksa catatan berwarna kuning. Tekan Enter sekali lagi untuk tetap menyimpan.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Impor dari lembar kerja</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Anggota rumah tangga</translation>
    </message>
    <message>
        <source>Measurements (weight, length)</source>
        <translation>Pengukuran (berat, panjang/tinggi)</translation>
    </message>
    <message>
        <source>The file &amp;holds</source>
        <translation>&amp;Isi berkas</translation>
    </message>
    <message>
        <source>CSV file saved from Excel or LibreOffice</source>
        <translation>Berkas CSV yang disimpan dari Excel atau LibreOffice</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Check the file (nothing is written yet)</source>
        <translation>Peri&amp;ksa berkas (belum ada yang disimpan)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mpor</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Pilih berkas CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Pilih berkasnya dulu.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 row(s) ready, %2 with errors, %3 already in the register. Nothing has been written yet.</source>
        <translation>%1 baris siap, %2 salah, %3 sudah ada di register. Belum ada yang disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Import only the good rows and leave out the %n row(s) with errors</source>
        <translation>
            <numerusform>Impor baris yang benar saja dan lewati %n baris yang salah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>I&amp;mpor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n baris diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>The language changes the next time the application starts.</source>
        <translation>Bahasa berganti saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MainWindow</name>
    <message>
        <source>Search name, NIK, family card no., RT/RW or dusun (Ctrl+F)</source>
        <translation>Cari nama, NIK, No. KK, RT/RW atau dusun (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Register household…</source>
        <translation>&amp;Daftarkan rumah tangga…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
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
        <translation>&amp;Ubah rumah tangga</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Tambah &amp;anggota…</translation>
    </message>
    <message>
        <source>Mo&amp;ve member to another household…</source>
        <translation>&amp;Pindahkan anggota ke rumah tangga lain…</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>Tabel pertumbuhan WHO di aplikasi rusak.</translation>
    </message>
    <message>
        <source>&amp;Opening day (today&apos;s session)…</source>
        <translation>&amp;Hari buka (sesi hari ini)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet (CSV)…</source>
        <translation>&amp;Impor dari lembar kerja (CSV)…</translation>
    </message>
    <message>
        <source>Make a &amp;new practice village</source>
        <translation>Buat desa latihan &amp;baru</translation>
    </message>
    <message>
        <source>Open &amp;practice mode (sample data)</source>
        <translation>Buka mode &amp;latihan (data contoh)</translation>
    </message>
    <message>
        <source>New practice village</source>
        <translation>Desa latihan baru</translation>
    </message>
    <message>
        <source>Throw away this practice village, with everything typed in it, and make a new one?</source>
        <translation>Buang desa latihan ini, beserta semua isiannya, lalu buat yang baru?</translation>
    </message>
    <message>
        <source>[PRACTICE] </source>
        <translation>[LATIHAN] </translation>
    </message>
    <message>
        <source>Monthly &amp;reports…</source>
        <translation>&amp;Laporan bulanan…</translation>
    </message>
    <message>
        <source>PRACTICE MODE — sample data for training. It never goes to a real server (only to a practice one) and never appears in real reports.</source>
        <translation>MODE LATIHAN — data contoh untuk berlatih. Tidak pernah dikirim ke server sungguhan (hanya ke server latihan) dan tidak pernah masuk laporan asli.</translation>
    </message>
    <message numerus="yes">
        <source>A new practice village: %n household(s).</source>
        <translation>
            <numerusform>Desa latihan baru: %n rumah tangga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>%n rumah tangga ditemukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) registered</source>
        <translation>
            <numerusform>%n rumah tangga terdaftar</numerusform>
        </translation>
    </message>
    <message>
        <source>SUPERVISOR&apos;S LAPTOP — it reads and reviews. Service data is entered on a cadre&apos;s laptop.</source>
        <translation>LAPTOP PENDAMPING — untuk membaca dan meninjau. Data layanan diisi di laptop kader.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation>Tambah anggota rumah tangga</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>Ubah anggota rumah tangga</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>as on the family card</source>
        <translation>sesuai Kartu Keluarga</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>16 digits; empty for a baby without one</source>
        <translation>16 angka; kosongkan untuk bayi yang belum punya</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>DD-MM-YYYY, e.g. 12-05-2024</source>
        <translation>HH-BB-TTTT, misalnya 12-05-2024</translation>
    </message>
    <message>
        <source>&amp;Estimated (only the age is known)</source>
        <translation>Pe&amp;rkiraan (hanya umur yang diketahui)</translation>
    </message>
    <message>
        <source>&amp;Relationship to head</source>
        <translation>&amp;Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>Nama &amp;ayah</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>Nama &amp;ibu</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>Pen&amp;didikan</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>Pek&amp;erjaan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intelektual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Sensory</source>
        <translation>Sensorik</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>Disa&amp;bilitas</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Date died or moved</source>
        <translation>Tanggal meninggal atau pindah</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Simpan (Enter)</translation>
    </message>
    <message>
        <source>Possibly registered already: %1, born %2%3.</source>
        <translation>Mungkin sudah terdaftar: %1, lahir %2%3.</translation>
    </message>
    <message>
        <source>Please check the remarks in yellow. Press Enter again to save anyway.</source>
        <translation>Mohon periksa catatan berwarna kuning. Tekan Enter lagi untuk tetap menyimpan.</translation>
    </message>
    <message>
        <source>Add the people of the family card one after another: Enter saves this one and opens an empty form for the next. When everyone is in, press Esc on the empty form.</source>
        <translation>Masukkan anggota kartu keluarga satu per satu: Enter menyimpan orang ini dan membuka formulir kosong untuk berikutnya. Bila semua sudah masuk, tekan Esc pada formulir kosong.</translation>
    </message>
    <message>
        <source>&amp;Save, then the next (Enter)</source>
        <translation>&amp;Simpan, lalu berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>Selesai (Esc)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::MoveMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>Pindahkan %1 ke rumah tangga lain</translation>
    </message>
    <message>
        <source>Type a name, KK or RT/RW of the new household</source>
        <translation>Ketik nama, No. KK atau RT/RW rumah tangga tujuan</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>&amp;Relationship to the new head</source>
        <translation>&amp;Hubungan dengan kepala keluarga baru</translation>
    </message>
    <message>
        <source>&amp;Move (Enter)</source>
        <translation>&amp;Pindahkan (Enter)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::PosyanduSetupWidget</name>
    <message>
        <source>Posyandu name</source>
        <translation>Nama Posyandu</translation>
    </message>
    <message>
        <source>e.g. Posyandu Melati 1</source>
        <translation>misalnya Posyandu Melati 1</translation>
    </message>
    <message>
        <source>Posyandu code</source>
        <translation>Kode Posyandu</translation>
    </message>
    <message>
        <source>code from the Puskesmas</source>
        <translation>kode dari Puskesmas</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>10 digits, e.g. 3578010001</source>
        <translation>10 angka, misalnya 3578010001</translation>
    </message>
    <message>
        <source>Save Posyandu (Enter)</source>
        <translation>Simpan Posyandu (Enter)</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::RefusedChangesDialog</name>
    <message>
        <source>Changes refused by the server</source>
        <translation>Perubahan yang ditolak server</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Alasan dari server</translation>
    </message>
    <message>
        <source>The server has refused nothing.</source>
        <translation>Server tidak menolak apa pun.</translation>
    </message>
    <message>
        <source>from the server, set aside here</source>
        <translation>dari server, disisihkan di sini</translation>
    </message>
    <message>
        <source>These changes were refused (by the server, or here when they came from the server); they are kept here and did not hold up the others. Correct the record, or ask your supervisor.</source>
        <translation>Perubahan ini ditolak (oleh server, atau di sini ketika datang dari server); perubahan disimpan di sini dan tidak menahan yang lain. Perbaiki catatannya, atau tanyakan pada pendamping Anda.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::RegisterPage</name>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Members of the household of %1</source>
        <translation>Anggota rumah tangga %1</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>Rumah tangga ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose a household first, then add its members.</source>
        <translation>Pilih rumah tangga dulu, lalu tambahkan anggotanya.</translation>
    </message>
    <message>
        <source>Choose the member to move in the members list first.</source>
        <translation>Pilih dulu anggota yang akan dipindahkan di daftar anggota.</translation>
    </message>
    <message>
        <source>changes to the household of %1</source>
        <translation>perubahan rumah tangga %1</translation>
    </message>
    <message>
        <source>registration of %1</source>
        <translation>pendaftaran %1</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>perubahan data %1</translation>
    </message>
    <message>
        <source>registration of the household of %1</source>
        <translation>pendaftaran rumah tangga %1</translation>
    </message>
    <message>
        <source>move of %1 to another household</source>
        <translation>pemindahan %1 ke rumah tangga lain</translation>
    </message>
    <message>
        <source>Enter: edit · Ctrl+N: new household · Ctrl+M: add member · Ctrl+Shift+M: move member · Ctrl+F: search · Tab: between lists · Ctrl+H: opening day · Ctrl+R: reports · Ctrl+Z: undo the typing in a field, else the last save · Ctrl+I: import</source>
        <translation>Enter: ubah · Ctrl+N: rumah tangga baru · Ctrl+M: tambah anggota · Ctrl+Shift+M: pindahkan anggota · Ctrl+F: cari · Tab: pindah daftar · Ctrl+H: hari buka · Ctrl+R: laporan · Ctrl+Z: batalkan ketikan di isian, atau simpanan terakhir · Ctrl+I: impor</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::ReportPage</name>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Untuk</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Ekspor &amp;CSV</translation>
    </message>
    <message>
        <source>Export E&amp;xcel</source>
        <translation>Ekspor E&amp;xcel</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Ekspor &amp;PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ce&amp;tak…</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>All Posyandu on this device</source>
        <translation>Semua Posyandu di perangkat ini</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>Menghitung laporan %1…</translation>
    </message>
    <message>
        <source>Cancelled. Choose the month again to compute the report.</source>
        <translation>Dibatalkan. Pilih bulannya lagi untuk menghitung laporan.</translation>
    </message>
    <message>
        <source>Participation D/S %1 · result N/D %2 · coverage K/S %3</source>
        <translation>Partisipasi D/S %1 · hasil N/D %2 · cakupan K/S %3</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Participation D/S (%)</source>
        <translation>Partisipasi D/S (%)</translation>
    </message>
    <message>
        <source>Result N/D (%)</source>
        <translation>Hasil N/D (%)</translation>
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
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SessionEntryForm</name>
    <message>
        <source>Choose a person in the list (arrow keys, then Enter).</source>
        <translation>Pilih orang di daftar (tombol panah, lalu Enter).</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Orang ini sudah tidak ada di register.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · household of %4</source>
        <translation>%1 · %2 · %3 · rumah tangga %4</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Household of %1 (all six fields)</source>
        <translation>Rumah tangga %1 (enam bidang)</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Kehamilan</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>Kehamilan baru</translation>
    </message>
    <message>
        <source>DD-MM-YYYY; empty if not pregnant</source>
        <translation>HH-BB-TTTT; kosongkan bila tidak hamil</translation>
    </message>
    <message>
        <source>First day of last &amp;period</source>
        <translation>&amp;HPHT (hari pertama haid terakhir)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Tidak dirujuk</translation>
    </message>
    <message>
        <source>&amp;Refer to</source>
        <translation>&amp;Rujuk ke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>DD-MM-YYYY; empty while still pregnant</source>
        <translation>HH-BB-TTTT; kosongkan selama masih hamil</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>Tanggal &amp;persalinan</translation>
    </message>
    <message>
        <source>Recorded today: %1.</source>
        <translation>Dicatat hari ini: %1.</translation>
    </message>
    <message>
        <source>Saved today. What you change here corrects those same records.</source>
        <translation>Tersimpan hari ini. Yang diubah di sini memperbaiki catatan yang sama.</translation>
    </message>
    <message>
        <source>This visit: K%1. Without the first day of the last period, type the weeks of pregnancy.</source>
        <translation>Kunjungan ini: K%1. Tanpa HPHT, isi usia kehamilan dalam minggu.</translation>
    </message>
    <message>
        <source>%1 weeks %2 days pregnant (last period began %3) · due date (HPL) %4 · this visit: K%5</source>
        <translation>Usia kehamilan %1 minggu %2 hari (HPHT %3) · HPL %4 · kunjungan ini: K%5</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1.</source>
        <translation>⚠ Tanda bahaya: %1.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Referral to %2 is filled in: save to confirm it, or choose &quot;Not referred&quot; and write why.</source>
        <translation>⚠ Tanda bahaya: %1. Rujukan ke %2 sudah diisi: simpan untuk menyetujuinya, atau pilih &quot;Tidak dirujuk&quot; dan tulis alasannya.</translation>
    </message>
    <message>
        <source>Why not referred? Required with a danger sign</source>
        <translation>Mengapa tidak dirujuk? Wajib bila ada tanda bahaya</translation>
    </message>
    <message>
        <source>A danger sign was found: refer the person, or write why not.</source>
        <translation>Ada tanda bahaya: rujuk orang ini, atau tulis alasan tidak dirujuk.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Not referred: write why under Referral.</source>
        <translation>⚠ Tanda bahaya: %1. Tidak dirujuk: tulis alasannya di bagian Rujukan.</translation>
    </message>
    <message>
        <source>⚠ Danger sign: %1. Referred to %2.</source>
        <translation>⚠ Tanda bahaya: %1. Dirujuk ke %2.</translation>
    </message>
    <message>
        <source>The household&apos;s answers of this month are filled in already; change them only if they changed.</source>
        <translation>Jawaban rumah tangga bulan ini sudah terisi; ubah hanya bila ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SessionPage</name>
    <message>
        <source>Find a person by name (Ctrl+F)</source>
        <translation>Cari orang menurut nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Simpan dan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Back to the register (Esc)</source>
        <translation>Kembali ke register (Esc)</translation>
    </message>
    <message>
        <source>Opening day %1 · %2 · %3 of %4 served</source>
        <translation>Hari buka %1 · %2 · %3 dari %4 sudah dilayani</translation>
    </message>
    <message>
        <source>session entry for %1</source>
        <translation>isian sesi untuk %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Ctrl+Z undoes it.</source>
        <translation>Tersimpan: %1. Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>Saved: %1. Everyone on the list has been served.</source>
        <translation>Tersimpan: %1. Semua orang di daftar sudah dilayani.</translation>
    </message>
    <message>
        <source>Show &amp;everyone, not only those due</source>
        <translation>Tampilkan s&amp;emua warga, bukan hanya sasaran</translation>
    </message>
    <message>
        <source>Arrows: choose · Enter: start typing · Tab: next field · Enter: save and go to the next person · Ctrl+Z: undo the typing in a field, else the last save · Esc: back to the register</source>
        <translation>Panah: pilih · Enter: mulai mengisi · Tab: isian berikutnya · Enter: simpan dan ke orang berikutnya · Ctrl+Z: batalkan ketikan di isian, atau simpanan terakhir · Esc: kembali ke register</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n with a danger sign</source>
        <translation>
            <numerusform>⚠ %n dengan tanda bahaya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkron</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinkronkan &amp;sekarang</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Hubungkan ke server…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>Perubahan yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>Sync (F5)</source>
        <translation>Sinkronkan (F5)</translation>
    </message>
    <message>
        <source>Send the changes waiting on this laptop and fetch the others&apos;.</source>
        <translation>Kirim perubahan yang menunggu di laptop ini dan ambil perubahan dari yang lain.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost, the rest goes next time.</source>
        <translation>Hentikan sinkronisasi ini; tidak ada yang hilang, sisanya dikirim lain kali.</translation>
    </message>
    <message>
        <source>Con&amp;flicts to review…</source>
        <translation>&amp;Konflik untuk ditinjau…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::UndoLastSave</name>
    <message>
        <source>&amp;Undo the last save</source>
        <translation>&amp;Batalkan simpanan terakhir</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Batalkan: %1</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Tidak ada yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Undo the last save (%1)?</source>
        <translation>Batalkan simpanan terakhir (%1)?</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Dibatalkan: %1.</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::VaccinePanel</name>
    <message>
        <source>Immunisation given today</source>
        <translation>Imunisasi yang diberikan hari ini</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Record &amp;earlier doses from the KIA book…</source>
        <translation>Catat dosis &amp;sebelumnya dari buku KIA…</translation>
    </message>
</context>
<context>
    <name>Posyandu::Ui::WelcomePage</name>
    <message>
        <source>Register the first household (Ctrl+N)</source>
        <translation>Daftarkan rumah tangga pertama (Ctrl+N)</translation>
    </message>
    <message>
        <source>Welcome to Posyandu 6 SPM</source>
        <translation>Selamat datang di Posyandu 6 SPM</translation>
    </message>
    <message>
        <source>Step 1 of 2: tell the application which Posyandu this laptop serves. You find the code and the village code on the Puskesmas letter.</source>
        <translation>Langkah 1 dari 2: isi Posyandu yang dilayani laptop ini. Kode Posyandu dan kode desa ada di surat dari Puskesmas.</translation>
    </message>
    <message>
        <source>No households registered yet</source>
        <translation>Belum ada rumah tangga terdaftar</translation>
    </message>
    <message>
        <source>Step 2 of 2: register the first household from its family card (KK). Everything is saved on this laptop at once and works without internet.</source>
        <translation>Langkah 2 dari 2: daftarkan rumah tangga pertama dari Kartu Keluarga (KK). Semua langsung tersimpan di laptop ini dan tetap bisa dipakai tanpa internet.</translation>
    </message>
</context>
<context>
    <name>PosyanduRepository</name>
    <message>
        <source>Fill in the Posyandu code.</source>
        <translation>Isi kode Posyandu.</translation>
    </message>
    <message>
        <source>Fill in the Posyandu name.</source>
        <translation>Isi nama Posyandu.</translation>
    </message>
    <message>
        <source>The village code must be 10 digits (province 2, regency 2, district 2, village 4).</source>
        <translation>Kode desa harus 10 angka (provinsi 2, kabupaten/kota 2, kecamatan 2, desa 4).</translation>
    </message>
</context>
<context>
    <name>PracticeVillageQueue</name>
    <message>
        <source>Only a practice village can be queued whole.</source>
        <translation>Hanya desa latihan yang dapat dimasukkan ke antrean sekaligus.</translation>
    </message>
    <message>
        <source>The practice village could not be queued: %1</source>
        <translation>Desa latihan tidak dapat dimasukkan ke antrean: %1</translation>
    </message>
</context>
<context>
    <name>PullPageApplier</name>
    <message>
        <source>The server sent a page with a damaged cursor; nothing of it was applied.</source>
        <translation>Server mengirim halaman dengan kursor rusak; tidak ada isinya yang diterapkan.</translation>
    </message>
    <message>
        <source>this version of the application does not know records of the kind %1</source>
        <translation>versi aplikasi ini belum mengenal catatan jenis %1</translation>
    </message>
    <message>
        <source>the record could not be stored here: %1</source>
        <translation>catatan tidak dapat disimpan di sini: %1</translation>
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
        <translation>Bidan desa</translation>
    </message>
    <message>
        <source>Social affairs office</source>
        <translation>Dinas Sosial</translation>
    </message>
    <message>
        <source>Education office</source>
        <translation>Dinas Pendidikan</translation>
    </message>
    <message>
        <source>Public works / housing office</source>
        <translation>Dinas PU / Perumahan</translation>
    </message>
    <message>
        <source>Disaster management agency (BPBD)</source>
        <translation>BPBD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not referred despite a danger sign</source>
        <translation>Tidak dirujuk meski ada tanda bahaya</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>The file lacks the column(s) %1. The first line must name the columns (see README).</source>
        <translation>Berkas tidak punya kolom %1. Baris pertama harus berisi nama kolom (lihat README).</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>Berkas tidak berisi baris di bawah judul kolom.</translation>
    </message>
    <message>
        <source>Checking was cancelled; nothing was written.</source>
        <translation>Pemeriksaan dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The ref %1 is used twice in the file (also on line %2).</source>
        <translation>Ref %1 dipakai dua kali di berkas (juga di baris %2).</translation>
    </message>
    <message>
        <source>Already imported earlier (ref %1).</source>
        <translation>Sudah diimpor sebelumnya (ref %1).</translation>
    </message>
    <message>
        <source>KK %1 appears twice in the file (also on line %2).</source>
        <translation>KK %1 muncul dua kali di berkas (juga di baris %2).</translation>
    </message>
    <message>
        <source>KK %1 is already registered (household of %2).</source>
        <translation>KK %1 sudah terdaftar (rumah tangga %2).</translation>
    </message>
    <message>
        <source>household_ref is empty: name the household by its ref or KK number.</source>
        <translation>household_ref kosong: sebutkan rumah tangga dengan ref atau nomor KK-nya.</translation>
    </message>
    <message>
        <source>No household with ref or KK %1: import the households first.</source>
        <translation>Tidak ada rumah tangga dengan ref atau KK %1: impor rumah tangga dulu.</translation>
    </message>
    <message>
        <source>Sex must be L or P, not &quot;%1&quot;.</source>
        <translation>Jenis kelamin harus L atau P, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</source>
        <translation>Tanggal lahir &quot;%1&quot; bukan tanggal yang benar (tulis HH-BB-TTTT atau TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot; (use the family-card words, e.g. Anak, Istri).</source>
        <translation>Hubungan keluarga &quot;%1&quot; tidak dikenal (pakai kata di KK, mis. Anak, Istri).</translation>
    </message>
    <message>
        <source>NIK %1 appears twice in the file (also on line %2).</source>
        <translation>NIK %1 muncul dua kali di berkas (juga di baris %2).</translation>
    </message>
    <message>
        <source>%1, born %2, appears twice in the file (also on line %3).</source>
        <translation>%1, lahir %2, muncul dua kali di berkas (juga di baris %3).</translation>
    </message>
    <message>
        <source>Already registered as %1 (same NIK, or same name and birth date).</source>
        <translation>Sudah terdaftar sebagai %1 (NIK sama, atau nama dan tanggal lahir sama).</translation>
    </message>
    <message>
        <source>measured must be lying or standing, not &quot;%1&quot;.</source>
        <translation>measured harus lying (berbaring) atau standing (berdiri), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the person by nik or member_ref.</source>
        <translation>Sebutkan orangnya dengan nik atau member_ref.</translation>
    </message>
    <message>
        <source>No registered person with %1: import the members first.</source>
        <translation>Tidak ada orang terdaftar dengan %1: impor anggota dulu.</translation>
    </message>
    <message>
        <source>The visit date &quot;%1&quot; is not a real date (write DD-MM-YYYY or YYYY-MM-DD).</source>
        <translation>Tanggal kunjungan &quot;%1&quot; bukan tanggal yang benar (tulis HH-BB-TTTT atau TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>A measurement is not a number (write 9,5 or 9.5).</source>
        <translation>Ada ukuran yang bukan angka (tulis 9,5 atau 9.5).</translation>
    </message>
    <message>
        <source>This person&apos;s measurement of %1 appears twice in the file (also on line %2).</source>
        <translation>Pengukuran orang ini tanggal %1 muncul dua kali di berkas (juga di baris %2).</translation>
    </message>
    <message>
        <source>A measurement of this person on this day is already recorded.</source>
        <translation>Pengukuran orang ini pada hari itu sudah tercatat.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Correct them, or choose to import only the good rows.</source>
        <translation>
            <numerusform>%n baris salah; tidak ada yang diimpor. Perbaiki, atau pilih impor baris yang benar saja.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Sudah diimpor.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Generated %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak bisa ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Generated %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>Tidak ada bulan ini.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak bisa ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>No Posyandu with the code %1 on this device.</source>
        <translation>Tidak ada Posyandu dengan kode %1 di perangkat ini.</translation>
    </message>
    <message>
        <source>No Posyandu of the area %1 on this device.</source>
        <translation>Tidak ada Posyandu di wilayah %1 pada perangkat ini.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(semua)</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Wilayah %1</translation>
    </message>
    <message>
        <source>All Posyandu on this device (%1)</source>
        <translation>Semua Posyandu di perangkat ini (%1)</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>%1 cannot be written: the folder does not exist.</source>
        <translation>%1 tidak bisa ditulis: foldernya tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak bisa ditulis.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Dibuat %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak bisa ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <source>The schedule rules are missing from the application.</source>
        <translation>Aturan jadwal tidak ada di aplikasi.</translation>
    </message>
    <message>
        <source>The schedule rules are damaged (%1).</source>
        <translation>Aturan jadwal rusak (%1).</translation>
    </message>
    <message>
        <source>%1 comes after %2, which this child has not had: give or record %2 first.</source>
        <translation>%1 diberikan sesudah %2, yang belum diterima anak ini: berikan atau catat %2 dulu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is given only up to the age of %n day(s); this child is older.</source>
        <translation>
            <numerusform>%1 hanya diberikan sampai umur %n hari; anak ini sudah lebih tua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEntryRepository</name>
    <message>
        <source>This person is not in the register.</source>
        <translation>Orang ini tidak ada di register.</translation>
    </message>
    <message>
        <source>The session date cannot be in the future.</source>
        <translation>Tanggal sesi tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The date cannot be before the birth date.</source>
        <translation>Tanggal tidak boleh sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>Unknown indicator %1.</source>
        <translation>Indikator %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>This question does not apply to this person&apos;s age or sex.</source>
        <translation>Pertanyaan ini tidak berlaku untuk umur atau jenis kelamin orang ini.</translation>
    </message>
    <message>
        <source>%1 is entered in its own form, not here.</source>
        <translation>%1 diisi di formulirnya sendiri, bukan di sini.</translation>
    </message>
    <message>
        <source>Enter both blood pressure numbers, for example 120 and 80.</source>
        <translation>Isi kedua angka tekanan darah, misalnya 120 dan 80.</translation>
    </message>
    <message>
        <source>The lower blood pressure number must be smaller than the upper one (120/80).</source>
        <translation>Angka bawah tekanan darah harus lebih kecil dari angka atas (120/80).</translation>
    </message>
    <message>
        <source>A pregnancy can only be registered for a woman aged 10 to 55.</source>
        <translation>Kehamilan hanya bisa dicatat untuk perempuan umur 10 sampai 55 tahun.</translation>
    </message>
    <message>
        <source>The first day of the last period cannot be in the future.</source>
        <translation>HPHT tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>That period was more than 44 weeks ago; check the date.</source>
        <translation>HPHT itu lebih dari 44 minggu yang lalu; periksa tanggalnya.</translation>
    </message>
    <message>
        <source>Register the pregnancy first (first day of the last period).</source>
        <translation>Catat kehamilannya dulu (HPHT).</translation>
    </message>
    <message>
        <source>Vitamin A was already given this month.</source>
        <translation>Vitamin A sudah diberikan bulan ini.</translation>
    </message>
    <message>
        <source>Choose where the person is referred to.</source>
        <translation>Pilih tujuan rujukan.</translation>
    </message>
    <message>
        <source>Nothing is filled in yet.</source>
        <translation>Belum ada yang diisi.</translation>
    </message>
    <message>
        <source>There is no ongoing pregnancy to end.</source>
        <translation>Tidak ada kehamilan yang sedang berlangsung.</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>Tanggal persalinan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The delivery date must be after the first day of the last period.</source>
        <translation>Tanggal persalinan harus setelah HPHT.</translation>
    </message>
    <message>
        <source>Not asked with this answer to “%1”.</source>
        <translation>Tidak ditanyakan dengan jawaban “%1” seperti ini.</translation>
    </message>
    <message>
        <source>Not asked during a pregnancy: the pregnancy visit records it.</source>
        <translation>Tidak ditanyakan selama hamil: kunjungan kehamilan mencatatnya.</translation>
    </message>
    <message>
        <source>From the first day of the last period (%1) the pregnancy is %2 weeks.</source>
        <translation>Menurut HPHT (%1) usia kehamilan %2 minggu.</translation>
    </message>
    <message>
        <source>Write why the person is not referred.</source>
        <translation>Tulis alasan orang ini tidak dirujuk.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Set up the Posyandu first.</source>
        <translation>Atur Posyandu dulu.</translation>
    </message>
    <message>
        <source>Fill in the date.</source>
        <translation>Isi tanggalnya.</translation>
    </message>
</context>
<context>
    <name>SkdnReport</name>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>SKDN</source>
        <translation>SKDN</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rumus</translation>
    </message>
    <message>
        <source>S: under-fives in the area</source>
        <translation>S: balita di wilayah</translation>
    </message>
    <message>
        <source>K: with KMS / Buku KIA</source>
        <translation>K: balita yang punya KMS / Buku KIA</translation>
    </message>
    <message>
        <source>D: weighed this month</source>
        <translation>D: ditimbang bulan ini</translation>
    </message>
    <message>
        <source>N: weight up</source>
        <translation>N: berat badan naik</translation>
    </message>
    <message>
        <source>T: weight not up</source>
        <translation>T: berat badan tidak naik</translation>
    </message>
    <message>
        <source>2T: not up two months running</source>
        <translation>2T: tidak naik dua bulan berturut-turut</translation>
    </message>
    <message>
        <source>O: not weighed last month</source>
        <translation>O: bulan lalu tidak ditimbang</translation>
    </message>
    <message>
        <source>B: weighed for the first time</source>
        <translation>B: baru pertama kali ditimbang</translation>
    </message>
    <message>
        <source>D′: weighed in both months</source>
        <translation>D′: ditimbang di kedua bulan</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Cakupan program (%)</translation>
    </message>
    <message>
        <source>Participation (%)</source>
        <translation>Partisipasi masyarakat (%)</translation>
    </message>
    <message>
        <source>Continuity (%)</source>
        <translation>Kesinambungan (%)</translation>
    </message>
    <message>
        <source>Result (%)</source>
        <translation>Hasil penimbangan (%)</translation>
    </message>
    <message>
        <source>Result on D′ (%)</source>
        <translation>Hasil penimbangan terhadap D′ (%)</translation>
    </message>
    <message>
        <source>Programme success (%)</source>
        <translation>Keberhasilan program (%)</translation>
    </message>
    <message>
        <source>Age in completed months on the last day of the month. A child weighed twice counts once, by the month&apos;s last weighing. N and T use the KMS minimum monthly gain for the age (resources/schedule/rules.json).</source>
        <translation>Umur dalam bulan penuh pada hari terakhir bulan. Anak yang ditimbang dua kali dihitung sekali, dari penimbangan terakhir bulan itu. N dan T memakai kenaikan berat badan minimal (KBM) KMS menurut umur (resources/schedule/rules.json).</translation>
    </message>
    <message>
        <source>SKDN by age and sex</source>
        <translation>SKDN menurut umur dan jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Not up two months running (2T): refer to the Puskesmas</source>
        <translation>Tidak naik dua bulan berturut-turut (2T): rujuk ke Puskesmas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
</context>
<context>
    <name>SpmReport</name>
    <message>
        <source>The catalog names an unknown column %1.</source>
        <translation>Katalog menyebut kolom %1 yang tidak dikenal.</translation>
    </message>
    <message>
        <source>served: %1</source>
        <translation>terlayani: %1</translation>
    </message>
    <message>
        <source>served: at least %1</source>
        <translation>terlayani: minimal %1</translation>
    </message>
    <message>
        <source>identified: below %1</source>
        <translation>teridentifikasi: di bawah %1</translation>
    </message>
    <message>
        <source>identified: at least %1</source>
        <translation>teridentifikasi: minimal %1</translation>
    </message>
    <message>
        <source>served: at least %1 m² per person</source>
        <translation>terlayani: minimal %1 m² per orang</translation>
    </message>
    <message>
        <source>referred: %1</source>
        <translation>dirujuk: %1</translation>
    </message>
    <message>
        <source>SPM achievement</source>
        <translation>Capaian SPM</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Terlayani</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Teridentifikasi</translation>
    </message>
    <message>
        <source>Achievement (%)</source>
        <translation>Capaian (%)</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Dihitung sebagai</translation>
    </message>
    <message>
        <source>Achievement = served (or identified) / target × 100. Targets on the last day of the month; answers are the latest up to the month&apos;s end, measurements the latest of the month. The rules come from the indicator catalog.</source>
        <translation>Capaian = terlayani (atau teridentifikasi) / sasaran × 100. Sasaran pada hari terakhir bulan; jawaban yang terakhir sampai akhir bulan, pengukuran yang terakhir di bulan itu. Aturannya dari katalog indikator.</translation>
    </message>
    <message>
        <source>Referrals this month by destination</source>
        <translation>Rujukan bulan ini menurut tujuan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>Basis data menolak perintah: %1</translation>
    </message>
    <message>
        <source>Simulated storage failure (test).</source>
        <translation>Kegagalan penyimpanan buatan (uji).</translation>
    </message>
    <message>
        <source>The data could not be written: %1</source>
        <translation>Data tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync was cancelled; nothing is lost, the rest goes next time.</source>
        <translation>Sinkronisasi dibatalkan; tidak ada yang hilang, sisanya dikirim lain kali.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1 Your changes are kept and go with the next sync.</source>
        <translation>Server tidak dapat dihubungi: %1 Perubahan Anda tetap tersimpan dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device (its access was revoked or it was never enrolled). Enrol it again.</source>
        <translation>Server tidak lagi menerima perangkat ini (aksesnya dicabut atau belum pernah didaftarkan). Daftarkan lagi.</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s request: %1</source>
        <translation>Server menolak permintaan perangkat ini: %1</translation>
    </message>
    <message>
        <source>The server needs another version of the application. Update it; your changes are kept.</source>
        <translation>Server memerlukan versi aplikasi yang lain. Perbarui aplikasi; perubahan Anda tetap tersimpan.</translation>
    </message>
    <message>
        <source>The server is busy; it asked to try again later.</source>
        <translation>Server sedang sibuk; server meminta dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>The server had an internal problem (%1). Try again later; your changes are kept.</source>
        <translation>Server mengalami masalah internal (%1). Coba lagi nanti; perubahan Anda tetap tersimpan.</translation>
    </message>
    <message>
        <source>The server refused the request (%1): %2</source>
        <translation>Server menolak permintaan (%1): %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1); the changes stay queued.</source>
        <translation>Jawaban server tidak dapat dibaca (%1); perubahan tetap dalam antrean.</translation>
    </message>
    <message>
        <source>A page of changes arrived incomplete.</source>
        <translation>Satu halaman perubahan tiba tidak lengkap.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a server yet.</source>
        <translation>Perangkat ini belum didaftarkan ke server.</translation>
    </message>
    <message>
        <source>This is practice data; it syncs only with a practice server.</source>
        <translation>Ini data latihan; hanya disinkronkan dengan server latihan.</translation>
    </message>
    <message>
        <source>This server is a practice server; real data never syncs with it.</source>
        <translation>Server ini server latihan; data sungguhan tidak pernah disinkronkan dengannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server and kept aside for correction: %1</source>
        <translation>
            <numerusform>%n perubahan ditolak server dan disisihkan untuk diperbaiki: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be applied on this device and were set aside: %1</source>
        <translation>
            <numerusform>%n perubahan dari server tidak dapat diterapkan di perangkat ini dan disisihkan: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived incomplete.</source>
        <translation>Jawaban server datang tidak lengkap.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting arrived incomplete.</source>
        <translation>Salam pembuka dari server datang tidak lengkap.</translation>
    </message>
    <message>
        <source>The server needs another version of the application: it speaks data version %1, this application version %2. Update it; your changes are kept.</source>
        <translation>Server memerlukan versi aplikasi yang lain: server memakai data versi %1, aplikasi ini versi %2. Perbarui aplikasinya; perubahan Anda tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <source>The server refused the connection; it may not be running.</source>
        <translation>Server menolak sambungan; mungkin server tidak berjalan.</translation>
    </message>
    <message>
        <source>The server&apos;s address cannot be found; check the address and the internet connection.</source>
        <translation>Alamat server tidak ditemukan; periksa alamat dan sambungan internet.</translation>
    </message>
    <message>
        <source>The connection stalled: the link is too slow or was cut.</source>
        <translation>Sambungan macet: jaringan terlalu lambat atau terputus.</translation>
    </message>
    <message>
        <source>The connection was cut before the server answered.</source>
        <translation>Sambungan terputus sebelum server menjawab.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made: %1</source>
        <translation>Sambungan aman ke server tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The network reported: %1</source>
        <translation>Jaringan melaporkan: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The server&apos;s answer arrived damaged.</source>
        <translation>Jawaban server tiba dalam keadaan rusak.</translation>
    </message>
</context>
<context>
    <name>TargetList</name>
    <message>
        <source>Under-five</source>
        <translation>Balita</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Timbang</translation>
    </message>
    <message>
        <source>Immunisation: %1</source>
        <translation>Imunisasi: %1</translation>
    </message>
    <message>
        <source>Vitamin A (blue)</source>
        <translation>Vitamin A (biru)</translation>
    </message>
    <message>
        <source>Vitamin A (red)</source>
        <translation>Vitamin A (merah)</translation>
    </message>
    <message>
        <source>Pregnancy check (ANC)</source>
        <translation>Periksa kehamilan (ANC)</translation>
    </message>
    <message>
        <source>Screening: blood pressure, blood sugar</source>
        <translation>Skrining: tekanan darah, gula darah</translation>
    </message>
    <message>
        <source>Other resident</source>
        <translation>Warga lain</translation>
    </message>
</context>
<context>
    <name>UserDate</name>
    <message>
        <source>Write the year with four digits, for example 12-05-1985 (not 12-05-85).</source>
        <translation>Tulis tahun dengan empat angka, misalnya 12-05-1985 (bukan 12-05-85).</translation>
    </message>
    <message>
        <source>Write the date as DD-MM-YYYY, for example 12-05-2024.</source>
        <translation>Tulis tanggal sebagai HH-BB-TTTT, misalnya 12-05-2024.</translation>
    </message>
    <message>
        <source>There is no month %1: the day comes first, then the month (DD-MM-YYYY).</source>
        <translation>Tidak ada bulan %1: tanggal ditulis dulu, lalu bulan (HH-BB-TTTT).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not on the calendar: %2 %3 has %n day(s).</source>
        <translation>
            <numerusform>%1 tidak ada di kalender: %2 %3 hanya punya %n hari.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightTrend</name>
    <message>
        <source>Weight up (N): %1 g, minimum %2 g</source>
        <translation>Naik (N): %1 g, minimal %2 g</translation>
    </message>
    <message>
        <source>Not up twice in a row (2T): %1 g, minimum %2 g. Refer to the Puskesmas.</source>
        <translation>Tidak naik dua kali berturut-turut (2T): %1 g, minimal %2 g. Rujuk ke Puskesmas.</translation>
    </message>
    <message>
        <source>Weight not up (T): %1 g, minimum %2 g</source>
        <translation>Tidak naik (T): %1 g, minimal %2 g</translation>
    </message>
    <message>
        <source>Not weighed last month (O)</source>
        <translation>Bulan lalu tidak ditimbang (O)</translation>
    </message>
    <message>
        <source>First weighing (B)</source>
        <translation>Baru pertama kali ditimbang (B)</translation>
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
        <translation>Data tidak dapat dibuka.

%1</translation>
    </message>
    <message>
        <source>The WHO growth tables in the application are damaged.</source>
        <translation>Tabel pertumbuhan WHO di aplikasi rusak.</translation>
    </message>
    <message>
        <source>%1 row(s) processed, %2 with errors (see the error column).</source>
        <translation>%1 baris diproses, %2 bermasalah (lihat kolom error).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>Checked: %1 good, %2 with errors, %3 already imported. Nothing was written.</source>
        <translation>Diperiksa: %1 benar, %2 salah, %3 sudah diimpor. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Imported %1 row(s); %2 with errors left out; %3 already imported.</source>
        <translation>%1 baris diimpor; %2 baris salah dilewati; %3 sudah diimpor sebelumnya.</translation>
    </message>
    <message>
        <source>Practice village in %1: %2 Posyandu, %3 households, %4 people, %5 measurements, %6 pregnancies; %7 s.</source>
        <translation>Desa latihan di %1: %2 Posyandu, %3 rumah tangga, %4 orang, %5 pengukuran, %6 kehamilan; %7 detik.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2 (%3 %4).</source>
        <translation>Terdaftar di %1 sebagai %2 (%3 %4).</translation>
    </message>
    <message>
        <source>This device is not enrolled yet; run &apos;posyandu-cli enroll --server URL --user NAME&apos; first.</source>
        <translation>Perangkat ini belum terdaftar; jalankan &apos;posyandu-cli enroll --server URL --user NAMA&apos; dulu.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>ditolak: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, still waiting %3; %4 request(s), %5 bytes up, %6 bytes down.</source>
        <translation>Terkirim %1, diterima %2, masih menunggu %3; %4 permintaan, %5 byte naik, %6 byte turun.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Berkas sertifikat %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>No Posyandu is set up in this data folder yet; run &apos;posyandu-cli setup&apos; or open the application once first.</source>
        <translation>Belum ada Posyandu di folder data ini; jalankan &apos;posyandu-cli setup&apos; atau buka aplikasinya sekali dulu.</translation>
    </message>
    <message>
        <source>There is no practice village in this data folder yet; make one with &apos;posyandu-cli demo&apos; or the application&apos;s practice mode.</source>
        <translation>Belum ada desa latihan di folder data ini; buat dengan &apos;posyandu-cli demo&apos; atau mode latihan di aplikasi.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable; nothing was set up.</source>
        <translation>Folder data %1 tidak boleh ditulisi; tidak ada yang disiapkan.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only; nothing was set up.</source>
        <translation>Berkas data %1 hanya boleh dibaca; tidak ada yang disiapkan.</translation>
    </message>
    <message>
        <source>This data folder already has Posyandu %1 (%2, village %3); a data folder holds one Posyandu, so nothing was changed.</source>
        <translation>Folder data ini sudah berisi Posyandu %1 (%2, desa %3); satu folder data hanya untuk satu Posyandu, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Posyandu %1 (%2, village %3) is set up in %4.</source>
        <translation>Posyandu %1 (%2, desa %3) sudah disiapkan di %4.</translation>
    </message>
    <message>
        <source>There is no data file in %1 yet; make one with &apos;posyandu-cli setup --posyandu CODE --name NAME --village CODE&apos;.</source>
        <translation>Belum ada berkas data di %1; buat dengan &apos;posyandu-cli setup --posyandu KODE --name NAMA --village KODE&apos;.</translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation>disisihkan: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: %5</source>
        <translation>%1 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>disisihkan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Nothing was refused or set aside.</source>
        <translation>Tidak ada yang ditolak atau disisihkan.</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5: kept &quot;%6&quot;, other &quot;%7&quot; (%8)</source>
        <translation>#%1 %2 %3 %4 %5: dipakai &quot;%6&quot;, lainnya &quot;%7&quot; (%8)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Tidak ada konflik terbuka.</translation>
    </message>
</context>
</TS>
