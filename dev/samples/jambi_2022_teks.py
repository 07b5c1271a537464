"""Long texts of the seed LKj Diskominfo Kota Jambi 2022, transcribed line by line (see make_samples.py).

Extracted from ../shared/seeds/004_eea1751e5eabb6ab.txt; only markup (asterisks, list numbers that the
report numbers itself) and page-break splits were removed. Spelling is the seed's own."""

KATA_PENGANTAR = [
    "Puji syukur kehadirat Allah SWT yang telah melimpahkan rahmat dan karunianya, atas kerjasama dari semua "
    "pihak yang terkait di lingkup Dinas Komunikasi dan Informatika Kota Jambi sehingga Laporan Kinerja (Lkj) "
    "Dinas Komunikasi dan Informatika Kota Jambi Tahun 2022 ini dapat disusun.",
    "Laporan Kinerja (Lkj) Dinas Komunikasi dan Informatika Kota Jambi Tahun 2022 ini merupakan perwujudan "
    "pertanggungjawaban atas pelaksanaan program dan kegiatan dalam upaya pencapaian visi dan misi Dinas "
    "Komunikasi dan Informatika Kota Jambi. Melalui Laporan Kinerja (Lkj) Dinas Komunikasi dan Informatika Kota "
    "Jambi ini diharapkan dapat memberikan informasi secara transparan kepada seluruh pihak terkait dengan "
    "pelaksanaan tugas dan fungsi Dinas Komunikasi dan Informatika Kota Jambi, sehingga dapat memberikan umpan "
    "balik guna peningkatan kinerja pada tahun-tahun berikutnya.",
    "Demikian Laporan Kinerja (Lkj) ini kami sampaikan dengan harapan agar pembaca dapat memahami upaya-upaya "
    "yang telah dilakukan Dinas Komunikasi dan Informatika Kota Jambi dalam rangka mencapai target kinerja yang "
    "telah ditetapkan dalam kontrak kinerja bersama Walikota Jambi. Melalui laporan ini diharapkan agar "
    "diperoleh masukan dan saran yang positif guna perbaikan kinerja Dinas Komunikasi dan Informatika Kota "
    "Jambi dimasa mendatang.",
]

LATAR_BELAKANG = [
    "Perkembangan Bidang Komunikasi dan Informatika telah membawa dampak perubahan tatanan dunia dari yang "
    "bersifat terbatas menjadi tanpa batas. Meski dengan adanya era keterbukaan informasi, namun keberagaman "
    "masyarakat dari tingkat Pendidikan, budaya, dan kondisi geografis wilayah serta ketersediaan infrastruktur "
    "tak dipungkiri bahwa masih terjadi kesenjangan informasi (digital divide) pada sebagian kelompok "
    "masyarakat. Hal ini tentu menjadi tugas pemerintah bersama masyarakat untuk mengurangi kesenjangan "
    "tersebut yakni dengan melakukan diseminasi informasi guna memfasilitasi kemudahan dalam memperoleh "
    "informasi. Pemerataan infrastruktur, pendayagunaan media informasi dan pemberdayaan lembaga komunikasi "
    "sosial merupakan upaya yang perlu memperoleh perhatian.",
    "Seiring dengan hal diatas, teknologi informasi dan komunikasi (TIK) merupakan sarana penunjang yang sangat "
    "vital terhadap penyelenggaraan pemerintahan dan pelayanan publik. Implementasi e-government yang dimaknai "
    "sebagai penyelenggaraan pemerintahan berbasis elektronik dimaksudkan sebagai peningkatan kualitas layanan "
    "publik secara efisien, efektif dan interaktif adalah konsep yang sinergis antara penyelenggaraan "
    "pemerintahan dan pelayanan publik berbasis TIK.",
    "Sebagai bentuk pertanggungjawaban Dinas Komunikasi dan Informatika Kota Jambi dalam melaksanakan tugas "
    "pokok maka perlu menyusun Laporan Kinerja (Lkj) di akhir tahun pelaksanaan kinerja selama Tahun 2022, "
    "sehingga LKj merupakan sarana pengukuran dan evaluasi kinerja Dinas Komunikasi dan Informatika Kota Jambi "
    "sesuai dengan sistematika LKj yang meliputi maksud dan tujuan, ruang lingkup, sasaran, indikator kinerja "
    "kegiatan serta rencana tingkat capaian kegiatan (target), sebagai tolok ukur dalam rangka meningkatkan "
    "kinerja pelayanan bidang Komunikasi dan Informatika kepada masyarakat.",
    "Salah satu langkah yang perlu dan harus dikembangkan saat ini adalah mewujudkan suatu pemerintahan yang "
    "baik (Good Governance). Penyusunan laporan kinerja Dinas Komunikasi dan Informatika Kota Jambi tahun 2022, "
    "dimaksudkan untuk menindaklanjuti Peraturan Presiden RI Nomor 29 Tahun 2014 tentang sistem Akuntabilitas "
    "Kinerja Instansi Pemerintah yang mewajibkan setiap instansi sebagai unsur penyelenggara pemerintahan "
    "negara untuk mempertanggungjawabkan pelaksanaan tugas pokok dan fungsinya serta kewenangan pengelolaan "
    "dengan didasarkan suatu perencanaan strategis yang ditetapkan oleh masing-masing instansi.",
    "Dengan adanya laporan kinerja ini dapat meningkatkan peran bagi Dinas Komunikasi dan Informatika Kota "
    "Jambi untuk mendukung terciptanya Good Governance atau pemerintahan yang baik. Selain itu Laporan Kinerja "
    "tahun 2022 juga sebagai bentuk pertanggungjawaban kepada publik atas apa yang telah dilaksanakan dalam "
    "penyelenggaraan pemerintah sebagai bagian dari penyelenggaraan Sistem Akuntabilitas Kinerja Instansi "
    "Pemerintah (SAKIP) guna mendorong terwujudnya sebuah pemerintahan yang baik.",
    "Laporan Kinerja Dinas Komunikasi dan Informatika Kota Jambi Tahun 2022 diharapkan dapat memberi informasi "
    "yaitu sebagai bahan evaluasi yang bersinambung dalam meningkatkan kinerja Dinas Komunikasi dan Informatika "
    "Kota Jambi Menginformasikan atas pencapaian target kinerja sebagaimana yang telah ditetapkan dalam "
    "penetapan kinerja kepada pemberi mandat dalam hal ini adalah Walikota Jambi. Sesuai dengan Pasal 4 "
    "Peraturan Presiden Nomor 29 Tahun 2014, Penyelenggaraan SAKIP dan SKPD dilaksanakan oleh Entitas "
    "Akuntabilitas Kinerja SKPD. Penyelenggaraan SAKIP ini dilaksanakan untuk menghasilkan sebuah laporan "
    "kinerja yang berkualitas serta selaras dan sesuai dengan tahap – tahapan meliputi :",
    "1. Rencana Strategis",
    "Rencana strategis merupakan dokumen perencanaan instansi pemerintah dalam periode 5 (lima) tahunan. "
    "Rencana strategis ini menjadi dokumen perencanaan untuk arah pelaksanaan program dan kegiatan dan menjadi "
    "landasan dalam penyelenggaraan SAKIP.",
    "2. Perjanjian Kinerja",
    "Perjanjian kinerja adalah lembar / dokumen yang berisikan penugasan dari pimpinan instansi yang lebih "
    "tinggi kepada pimpinan instansi yang lebih rendah untuk melaksanakan program / kegiatan yang disertai "
    "dengan indikator kinerja. Perjanjian kinerja selain berisi mengenai perjanjian penugasan / pemberian "
    "amanah, juga terdapat sasaran strategis, indikator kinerja dan target yang diperjanjikan untuk "
    "dilaksanakan dalam 1 (satu) tahun serta memuat rencana anggaran untuk program dan kegiatan dalam 1 (satu) "
    "tahun serta memuat rencana anggaran untuk program dan kegiatan yang mendukung pencapaian sasaran "
    "strategis.",
    "3. Pengukuran Kinerja",
    "Pengukuran kinerja merupakan langkah untuk membanding realisasi kinerja dengan sasaran (target) kinerja "
    "yang dicantumkan dalam lembar / dokumen perjanjian kinerja dalam rangka pelaksanaan APBN / APBD tahun "
    "berjalan.",
    "4. Pengelolaan Kinerja",
    "Pengelolaan kinerja merupakan proses pencatatan / registrasi, penatausahaan dan penyimpanan data kinerja "
    "serta melaporkan data kinerja. Pengelolaan data kinerja mempertimbangkan kebutuhan instansi pemerintah "
    "sebagai kebutuhan manajerial, data / laporan keuangan yang dihasilkan dari sistem akuntansi dan statistik "
    "pemerintah.",
    "5. Pelaporan Kinerja",
    "Pelaporan kinerja adalah proses menyusun dan menyajikan laporan kinerja atas prestasi kerja yang dicapai "
    "berdasarkan Penggunaan Anggaran yang telah dialokasikan. Laporan Kinerja Tahunan paling tidak memuat "
    "perencanaan strategis, pencapaian sasaran strategis instansi pemerintah, realisasi pencapaian sasaran "
    "strategis dan penjelasan yang memadai atas pencapaian kinerja.",
    "6. Reviu dan Evaluasi Kinerja",
    "Reviu merupakan langkah dalam rangka untuk meyakinkan keandalan informasi yang disajikan sebelum "
    "disampaikan kepada pimpinan. Reviu tersebut dilaksanakan oleh Aparat pengawasan intern pemerintah dan "
    "hasil reviu berupa surat pernyataan telah direviu yang ditandatangani oleh Aparat Pengawasan intern "
    "pemerintah. Sedangkan evaluasi kinerja merupakan evaluasi dalam rangka implementasi SAKIP di instansi "
    "pemerintah.",
    "Berdasarkan Peraturan Menteri Pemberdayaan Aparatur Negara Nomor 53 Tahun 2014, Laporan Kinerja merupakan "
    "bentuk akuntabilitas dari pelaksanaan tugas dan fungsi yang dipercayakan kepada setiap instansi pemerintah "
    "atas penggunaan anggaran. Hal terpenting yang diperlukan dalam penyusunan laporan kinerja adalah "
    "pengukuran kinerja dan evaluasi serta pengungkapan (disclosure) secara memadai hasil analisis terhadap "
    "pengukuran kinerja.",
]

GAMBARAN_UMUM = [
    "Dinas Komunikasi dan Informatika Kota Jambi dibentuk berdasarkan Peraturan Daerah Kota Jambi Nomor 14 "
    "Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah (Lembaran Daerah Kota Jambi Tahun 2016 Nomor "
    "14. Berdasarkan Perda tersebut Dinas Komunikasi dan Informatika Kota Jambi mempunyai tugas pokok membantu "
    "Walikota dalam melaksanakan urusan pemerintahan di bidang perumusan dan pelaksanaan kebijakan, evaluasi, "
    "pelaporan dan bimbingan teknis di bidang komunikasi dan informatika, persandian, dan statistik.",
    "Dinas Komunikasi dan Informatika Kota Jambi merupakan perangkat daerah yang membantu Walikota dalam "
    "melaksanakan urusan pemerintahan di bidang perumusan dan pelaksanaan kebijakan, evaluasi, pelaporan dan "
    "bimbingan teknis di bidang komunikasi dan informatika, persandian, dan statistik. Dinas Komunikasi dan "
    "Informatika Kota Jambi dipimpin seorang kepala dinas yang berada dibawah dan bertanggungjawab langsung "
    "kepada Sekretaris Daerah Kota Jambi dan secara teknis administrative mendapat pembinaan dari Asisten "
    "Pemerintahan.",
    "Berdasarkan Peraturan Walikota Jambi Nomor 56 tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan "
    "Fungsi serta Tata Kerja pada Dinas Komunikasi dan Informatika Kota Jambi (Berita Daerah Kota Jambi Tahun "
    "2021 Nomor 56). Dinas komunikasi dan Informatika Kota Jambi terdiri dari Kepala Dinas yang membawahi 1 "
    "(satu) Sekretariat dan 4 (empat) Bidang, sebagai berikut :",
]

# the seed's sub koordinator are bullets under their bidang: typed as '- ' they are a list's sub-items
SUB_KOORDINATOR = [
    "Sesuai dengan Keputusan Walikota Jambi Nomor 373 Tahun 2021 tanggal 31 Desember 2021 tentang Nomenklatur "
    "dan Tugas Sub Koordinator pada Dinas Komunikasi dan Informatika Kota Jambi Sebagai Berikut :",
    "1. Sekretariat",
    "- Sub Koordinator Perencanaan dan Pelaporan.",
    "2. Bidang Informasi Komunikasi Publik.",
    "- Sub Koordinator Pengelolaan Opini Publik.",
    "- Sub Koordinator Pengelolaan Informasi Publik.",
    "- Sub Koordinator Pengelolaan Komunikasi Publik",
    "3. Bidang Aplikasi Informatika.",
    "- Sub Koordinator Infrastruktur dan Teknologi.",
    "- Sub Koordinator Pengembangan Aplikasi.",
    "- Sub Koordinator Pengelolaan Data dan Integrasi Sistem Informasi.",
    "4. Bidang TIKS",
    "- Sub Koordinator Tata Kelola e-government.",
    "- Sub Koordinator Pengelolaan Data dan Integrasi Sistem Informasi.",
    "5. Bidang Persandian dan Keamanan Informasi.",
    "- Sub Koordinator Tata kelola Persandian dan Keamanan Informasi.",
    "- Sub Koordinator Operasional Pengamanan Informasi dan Persandian.",
    "- Sub Koordinator Pengawasan dan Evaluasi Penyelenggaraan Persandian dan Keamanan Informasi.",
]

TUGAS_POKOK = (
    "Dinas Komunikasi dan Informatika Kota Jambi merupakan perangkat daerah yang membantu Walikota dalam "
    "melaksanakan urusan pemerintahan di bidang perumusan dan pelaksanaan kebijakan, evaluasi, pelaporan dan "
    "bimbingan teknis di bidang komunikasi dan informatika, persandian, dan statistik. Dinas Komunikasi dan "
    "Informatika Kota Jambi dipimpin seorang kepala dinas yang berada dibawah dan bertanggung jawab langsung "
    "kepada Sekretaris Daerah Kota Jambi dan secara teknis administratif mendapat pembinaan dari Asisten "
    "Pemerintahan."
)

FUNGSI_PENGANTAR = (
    "Untuk melaksanakan tugas sebagaimana tersebut diatas, Dinas Komunikasi dan Informatika Kota Jambi "
    "mempunyai fungsi sebagai berikut :"
)

FUNGSI = [
    "Pengelolaan keuangan;",
    "Pengelolaan perlengkapan, urusan tata usaha, rumah tangga dan barang milik negara;",
    "Perumusan kebijakan di bidang pengelolaan opini dan aspirasi publik, pengelolaan informasi untuk mendukung "
    "kebijakan nasional dan pemerintah kota, pelayanan informasi publik, layanan hubungan media, penyediaan "
    "konten lintas sektoral dan pengelolaan media komunikasi publik, penguatan kapasitas sumber daya komunikasi "
    "publik dan penyediaan akses informasi, layanan infrastruktur dasar data center, disasterrecovery center & "
    "TIK, layanan pengembangan intranet dan penggunaan akses internet, layanan pengembangan dan pengelolaan "
    "aplikasi generik dan spesifik dan suplemen yang terintegrasi, layanan manajemen data dan informasi "
    "e-Government, intergrasi layanan publik dan pemerintahan, penyelenggaraan government chief information "
    "officer (GCIO) pemerintah kota, penyelenggaraan ekosistem TIK SmartCity, layanan nama domain dan sub "
    "domain bagi lembaga, pelayanan publik dan kegiatan pemerintah kota, layanan sistem komunikasi intra "
    "Pemerintah kota, pengembangan sumber daya TIK pemerintah kota dan masyarakat, pengawasan dan pengendalian "
    "TIK, mengkoordinasikan pelaksanaan survei bidang sosial, ekonomi, politik, hukum dan HAM, memverifikasi "
    "kompilasi produk administrasi bidang sosial, ekonomi, politik, hukum dan HAM, mendiseminasikan dan "
    "memberikan pelayanan data statistic, layanan keamanan informasi e-Government, pengelolaan sumber daya "
    "persandian dan keamanan informasi dilingkungan pemerintah kota, pengelolaan dan pengamanan informasi dan "
    "komunikasi sandi antar perangkat daerah, pengawasan dan evaluasi penyelenggaraan persandian dan keamanan "
    "informasi dilingkungan pemerintah kota;",
    "Pelaksanaan kebijakan di bidang pengelolaan opini dan aspirasi publik, pengelolaan informasi untuk "
    "mendukung kebijakan nasional dan pemerintah kota, pelayanan informasi publik, layanan hubungan media, "
    "penyediaan konten lintas sektoral dan pengelolaan media komunikasi publik, penguatan kapasitas sumber daya "
    "komunikasi publik dan penyediaan akses informasi, layanan infrastruktur dasar data center, "
    "disasterrecovery center & TIK, layanan pengembangan intranet dan penggunaan akses internet, layanan "
    "pengembangan dan pengelolaan aplikasi generik dan spesifik dan suplemen yang terintegrasi, layanan "
    "manajemen data dan informasi e-Government, integrasi layanan publik dan pemerintahan, penyelenggaraan "
    "government chief information officer (GCIO) pemerintah kota, penyelenggaraan ekosistem TIK SmartCity, "
    "layanan nama domain dan sub domain bagi lembaga, pelayanan publik dan kegiatan pemerintah kota, Layanan "
    "system komunikasi intra pemerintah kota, pengembangan sumber daya TIK pemerintah kota dan masyarakat, "
    "pengawasan dan pengendalian TIK, mengkoordinasikan pelaksanaan survei bidang sosial, ekonomi, politik, "
    "hukum dan HAM, memverifikasi kompilasi produk administrasi bidang sosial, ekonomi, politik, hukum dan HAM, "
    "mendiseminasikan dan memberikan pelayanan data statistik, layanan keamanan informasi e-Government, "
    "pengelolaan sumber daya persandian dan keamanan informasi dilingkungan pemerintah kota, pengelolaan dan "
    "pengamanan informasi dan komunikasi sandi antar perangkat daerah, - pengawasan dan evaluasi "
    "penyelenggaraan persandian dan keamanan informasi dilingkungan pemerintah kota;",
    "Pelaksanaan evaluasi dan pelaporan di bidang pengelolaan opini dan aspirasi publik, pengelolaan informasi "
    "untuk mendukung kebijakan nasional dan pemerintah kota, pelayanan informasi publik, layanan hubungan "
    "media, penyediaan konten lintas sektoral dan pengelolaan media komunikasi publik, penguatan kapasitas "
    "sumber daya komunikasi publik dan penyediaan akses informasi, layanan infrastruktur dasar data center, "
    "disasterrecovery center & TIK, layanan pengembangan intranet dan penggunaan akses internet, layanan "
    "pengembangan dan pengelolaan aplikasi generik dan spesifik dan suplemen yang terintegrasi, layanan "
    "manajemen data dan informasi e-Government, integrasi layanan publik dan pemerintahan, penyelenggaraan "
    "government chief information officer (GCIO) pemerintah kota, penyelenggaraan ekosistem TIK SmartCity, "
    "layanan nama domain dan sub domain bagi lembaga, layanan publik dan kegiatan pemerintah kota, layanan "
    "sistem komunikasi intra pemerintah kota, pengembangan sumber daya TIK pemerintah kota dan masyarakat, "
    "pengawasan dan pengendalian TIK, mengkoordinasikan pelaksanaan survei bidang sosial, ekonomi, politik, "
    "hukum dan HAM, memverifikasi kompliasi produk administrasi bidang sosial, ekonomi, politik, hukum dan HAM, "
    "mendiseminasikan dan memberikan pelayanan data statistik, layanan keamanan informasi e-Government, "
    "pengelolaan sumber daya persandian dan keamanan informasi dilingkungan pemerintah kota, pengelolaan dan "
    "pengamanan informasi dan komunikasi sandi antar perangkat daerah, pengawasan dan evaluasi penyelenggaraan "
    "persandian dan keamanan informasi dilingkungan pemerintah kota;",
    "Pelaksanaan kegiatan penatausahaan dinas komunikasi dan informatika; dan",
    "Pelaksanaan tugas lain yang diberikan oleh walikota sesuai dengan tugas dan fungsinya.",
]

PERMASALAHAN = [
    "Ketersediaan ASN berbasis IT belum memadai.",
    "Belum optimalnya kesadaran ASN terhadap tugas pokok dan fungsi.",
    "Masih rendahnya dukungan dana / Anggaran terhadap pelaksanaan program, kegiatan dan Sub Kegiatan urusan.",
    "Belum optimalnya penyebaran Informasi penyelenggaraan pembangunan dan Pemerintahan.",
    "Masih rendahnya Komitmen dan Sinegritas antar OPD dalam mendukung Pelayanan Publik berbasis IT terutama "
    "melalui kanal pengaduan Publik Kota Jambi.",
    "Belum adanya Media Massa resmi milik Pemerintah Kota Jambi.",
    "Kurangnya Sinegritas dan Harmonisasi antar Perangkat Daerah terkait Implementasi Sistem Pemerintahan "
    "Berbasis Elektronik (SPBE) Kota Jambi.",
    "Jaringan Fiber Optik (FO) dibangun berupa jaringan udara sehingga rentan putus akibatnya gangguan koneksi.",
]

DASAR_HUKUM = [
    "Undang-undang Nomor 11 tahun 2008 tentang Informasi dan Transaksi Elektronik;",
    "Undang-undang Nomor 14 tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Undang-undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 "
    "Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
    "Undang-undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun "
    "2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah diubah beberapa "
    "kali terakhir dengan Undang-undang Nomor 9 Tahun 2015 tentang Perubahan atas Undang-undang Nomor 23 Tahun "
    "2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan "
    "Lembaran Negara Republik Indonesia Nomor 5679);",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-undang Nomor 14 Tahun 2008 tentang "
    "Keterbukaan Informasi Publik (Lembaran Negara Republik Indonesia Tahun 2010 Nomor 99, Tambahan Lembaran "
    "Negara Republik Indonesia Nomor 5149);",
    "Keputusan Presiden RI Nomor 9 Tahun 2003 tentang Tim Koordinasi Telematika Indonesia;",
    "Peraturan Presiden Republik Indonesia Nomor 70 Tahun 2012 tentang Pengadaan Barang/Jasa Pemerintah;",
    "Inpres Nomor 3 tahun 2004 tentang kebijakan dan strategi Nasional Pengembangan e-Government;",
    "Keputusan Menteri Komunikasi dan Informasi Nomor 69A/KEP/M.Kominfo/10/2004 tentang Panduan Teknis "
    "Pembangunan dan Pengelolaan Infrastruktur dan Manajemen Sistem Informasi Pemerintah Pusat, Provinsi dan "
    "Kabupaten/Kota;",
    "Peraturan Daerah Kota Jambi Nomor 14 Tahun 2016 tentang Pembentukan dan susunan perangkat (Lembaran Daerah "
    "Kota Jambi Tahun 2016 Nomor 14);",
    "Peraturan Daerah Kota Jambi Nomor 1 Tahun 2019 Tentang Penyelenggaraan Smart City.",
    "Peraturan Walikota Jambi Nomor 10 Tahun 2017 Tentang Pemanfaatan Teknologi Informasi dan Komunikasi;",
    "Peraturan Walikota Jambi Nomor 11 Tahun 2017 Tentang Pejabat Pengelola Informasi dan Dokumentasi Kota "
    "Jambi.",
    "Peraturan Walikota Jambi Nomor 14 Tahun 2018 Tentang Pedoman Penyelenggaraan Integrasi Data pada Aplikasi "
    "di Lingkup Pemerintah Kota Jambi.",
    "Peraturan Walikota Jambi Nomor 89 Tahun 2018 tentang Masterplan Jambi Smart City.",
    "Peraturan Walikota Jambi Nomor 45 Tahun 2019 Tentang Penyelenggaraan Sistem Pemerintah Berbasis "
    "Elektronik.",
    "Peraturan Walikota Jambi Nomor 51 Tahun 2019 Tentang Penyediaan dan Pemasangan Closed Circuit Television "
    "(CCTV) pada Instansi Pemerintah, Swasta dan Masyarakat di Kota Jambi.",
    "Peraturan Walikota Jambi Nomor 56 Tahun 2021 Tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta "
    "Tata Kerja Dinas Komunikasi dan Informatika.",
    "Keputusan Walikota Jambi Nomor 373 Tahun 2021 Tentang Nomenklatur dan Tugas Sub Koordinator pada Dinas "
    "Komunikasi dan Informatika Kota Jambi.",
]

PENUTUP = [
    "LKj menggambarkan penekanan pada manajemen pembangunan berbasis kinerja dan perbaikan pelayanan publik, "
    "dimana setiap organisasi pemerintah melakukan pengukuran dan pelapor atas kinerja intitusi dengan "
    "menggunakan indikator yang jelas dan terukur. Bagi organiasasi pemerintah daerah, LKj menjadi bagian dari "
    "upaya pertanggungjawaban dan mendorong akuntabilitas publik. Sementara bagi publik untuk menilai kualitas "
    "kinerja pelayanan dan mendorong tata kelola pemerintahan yang baik.",
    "LKj mempunyai makna strategis, sebagai bagian dari penerjemahan tugas dan fungsi, dalam masa-masa awal "
    "implementasi, LKj juga menjadi bagian dari pertanggung-jawaban tugas dan fungsi baik sebagai daerah. "
    "Pengukuran-pengukuran kinerja telah dilakukan, dan dikuatkan dengan data pendukung yang mengurai bukan "
    "hanya pencapaian tahun pelaporan (2022), namun juga melihat tren pencapaiannya dari tahun ke tahun, dan "
    "kontribusinya untuk pencapaian target akhir RPJM. Upaya ini telah mencakup perumusan dan penetapan kinerja "
    "tahunan dan juga menengah sebagai bagian dari kebijakan strategis maupun tahunan daerah, khususnya dalam "
    "RPJMD dan RKPD 2022, yang mencakup juga penentuan program/kegiatan dan alokasi anggarannya. Juga mencakup "
    "bukan hanya sekedar pelaksanaan program/kegiatan yang rutin dilakukan, namun juga pengembangan inovasi "
    "dalam berbagai bentuk.",
    "Beberapa permasalahan dan solusi yang sudah dirumuskan akan menjadi tidak punya makna jika hanya berhenti "
    "menjadi laporan saja, namun harus ada rencana dan upaya konkrit untuk menerapkannya dalam siklus "
    "perencanaan dan pelaksanaan pembangunan daerah. Hal ini akan menjadikan LKj benar-benar menjadi bagian "
    "dari sistem monitoring dan evaluasi untuk pijakan peningkatan kinerja pemerintahan yang semakin baik.",
]

STRATEGI = [
    "Melakukan Perencanaan Pembangunan Daerah jangka pendek, jangka menengah dan jangka panjang yang tanggap "
    "terhadap perubahan dan bersifat partisipatif.",
    "Mengembangkan Infrastruktur dan Aplikasi TIK.",
    "Mengembangkan koordinasi di Lingkup Pemerintah Kota Jambi dalam rangka pelaksanaan.",
    "Peningkatan kualitas Sumber Daya Alam melalui pengembangan Ilmu Pengetahuan dan Teknologi.",
]

SPBE_PENYEBAB = [
    "Seperti yang diketahui Pemerintah Kota Jambi pada tahun 2021, memperoleh nilai SPBE 1,69 (kategori buruk) "
    "yang dilaksanakan berdasarkan berdasarkan Peraturan Menteri PANRB Nomor 59 Tahun 2020, hal ini dikarenakan "
    "terjadinya perubahan indikator penilaian dan tata cara penilaian. Selain itu, disebabkan juga karena "
    "kebijakan yang dimiliki Pemerintah Kota Jambi terkait SPBE perlu dilakukan pembaharuan dan penyesuaian, "
    "belum terkelolanya kegiatan SPBE sesuai dengan manajemen-manajemen SPBE yang perlu dilakukan, kurang "
    "berjalannya tata kelola SPBE yang baik dan tepat, serta hampir seluruh layanan administrasi dan layanan "
    "publik Pemerintah Kota Jambi masih bersifat interaktif.",
    "Hal ini menjadi tantangan yang perlu diselesaikan oleh Pemerintah Daerah Kota Jambi, mulai dari "
    "memperbaiki Domain Kebijakan Internal SPBE, Domain Tata Kelola SPBE (seperti kelembagaan / penyelenggara "
    "SPBE, perencanaan dan strategi, Proses Bisnis OPD dan Pemerintah Kota Jambi, serta tata kelola TIK), "
    "Domain Manajemen SPBE, dan peningkatan Domain Layanan SPBE dengan meningkatkan level kapabilitas layanan "
    "menjadi tingkat transaksional atau di atasnya.",
]

SPBE_REKOMENDASI = [
    "a. Kebijakan Internal SPBE. Perlu untuk melakukan pembentukan kebijakan yang mengatur tentang Arsitektur "
    "SPBE, Peta Rencana SPBE, Pembangunan Aplikasi SPBE, Manajemen Keamanan Informasi, Audit TIK, dan Tim "
    "Koordinasi.",
    "b. Perencanaan Strategis SPBE. Perlu untuk menyiapkan Arsitektur SPBE, Proses Bisnis sesuai dengan "
    "Peraturan Menteri PANRB Nomor 19 Tahun 2018, inovasi proses bisnis, memperbaiki Peta Rencana sehingga "
    "memenuhi kriteria yang ada.",
    "c. Teknologi Informasi dan Komunikasi. Perlu dilakukannya perbaikan dalam tahapan pembangunan dan "
    "pengembangan aplikasi, melakukan pembangunan Pusat Data, dan memanfaatkan Sistem Penghubung Layanan "
    "Pemerintah.",
    "d. Penyelenggara SPBE. Perlu dibentuknya Tim Koordinasi SPBE yang sesuai dengan tugas fungsinya dan "
    "Kolaborasi penerapan SPBE.",
    "e. Penerapan Manajemen SPBE. Perlu dilakukannya manajemen Resiko SPBE, Manajemen Keamanan Informasi, "
    "Manajemen Data, Manajemen Aset TIK, Kompetensi SDM, Manajemen Pengetahuan, Manajemen Perubahan, dan "
    "Manajemen Layanan SPBE.",
    "f. Audit TIK. Perlu dilakukannya Audit Infrastruktur SPBE, Audit Aplikasi SPBE, dan Audit Keamanan SPBE.",
    "g. Layanan Administrasi Pemerintahan Berbasis Elektronik Perlu dilakukannya peningkatan Layanan "
    "Administrasi Pemerintahan Berbasis Elektronik yang semula hanya bersifat interaktif menjadi bersifat "
    "transaksional, saling terintegrasi, serta selalu dilakukan direviu dan dievaluasi.",
    "h. Layanan Publik Berbasis Elektronik Perlu dilakukan peningkatan pada Aspek Layanan Publik Berbasis "
    "Elektronik semua layanan yang masih berada pada tingkat kematangan Level 2 (bersifat interaktif): Layanan "
    "Pengaduan Layanan Publik, Layanan Data Terbuka, Layanan Jaringan Dokumentasi dan Informasi Hukum, Layanan "
    "Publik Sektor 1, Layanan Publik Sektor 2, dan Layanan Publik Sektor 3.",
]

SPBE_IMPLEMENTASI = [
    "1. Melakukan reviu dan evaluasi terhadap berbagai peraturan yang bersinggungan dengan penyelenggaraan SPBE "
    "(Dilaksanakan): Reviu dan evaluasi peraturan yang bersinggungan dengan penyelenggaraan SPBE dilakukan oleh "
    "Dinas Komunikasi dan Informatika",
    "2. Menyusun Peraturan Walikota Jambi Nomor 11 Tahun 2022 Tentang Penyelenggaraan SPBE (Diterbitkan tanggal "
    "14 Juni 2022): Berisikan peraturan yang mengatur tentang kebijakan arsitektur SPBE, peta rencana, "
    "manajemen data, pembangunan aplikasi, layanan pusat data, layanan jaringan intra, penggunaan sistem "
    "penghubung layanan Pemerintah Daerah, manajemen keamanan informasi, audit TIK, dan tim koordinasi, serta "
    "kebijakan lainnya yang diperlukan dalam penyelenggaraan SPBE di lingkungan Pemerintah Kota Jambi",
    "3. Menyusun Keputusan Walikota Jambi Nomor 174 Tahun 2022 Tentang Pembentukan Tim Koordinasi SPBE "
    "(Diterbitkan tanggal 22 April 2022): Berisikan tugas dan fungsi dari Tim Koordinasi SPBE beserta struktur "
    "Tim Koordinasi SPBE",
    "4. Menyusun Keputusan Walikota Jambi Nomor 175 Tahun 2022 Tentang Pembentukan Tim Pengarah SPBE "
    "(Diterbitkan tanggal 22 April 2022): Berisikan tugas dan fungsi dari Tim Pengarah SPBE beserta struktur "
    "Tim Pengarah SPBE",
    "5. Menyusun Keputusan Kepala Diskominfo Nomor 39 Tahun 2022 Tentang Pembentukan Sekretariat SPBE "
    "(Diterbitkan tanggal 31 Mei 2022): Berisikan tugas dan fungsi dari Sekretariat SPBE beserta struktur "
    "Sekretariat SPBE",
    "6. Menetapkan arsitektur SPBE yang tertuang dalam Keputusan Walikota Jambi Nomor 222 Tahun 2022 Tentang "
    "Penetapan Arsitektur SPBE Kota Jambi Tahun 2022-2025 (Diterbitkan tanggal 17 Juni 2022): Berisikan "
    "Arsitektur SPBE Pemerintah Kota Jambi dan juga Peta Rencana SPBE",
    "7. Menyusun Keputusan Walikota Jambi Nomor 277 Tahun 2022 Tentang Penetapan Pedoman Manajemen Resiko SPBE "
    "(Diterbitkan tanggal 30 Juni 2022): Berisikan pedoman tentang Manajemen Resiko SPBE dilingkungan "
    "Pemerintah Kota Jambi",
    "8. Menyusun Keputusan Walikota Jambi Nomor 180 Tahun 2022 Tentang Pembentukan Tim Manajemen Resiko SPBE "
    "(Diterbitkan tanggal 22 April 2022): Berisikan tugas dan fungsi dari Tim Manajemen Resiko SPBE",
    "9. Menyusun Keputusan Walikota Jambi Nomor 276 Tahun 2022 Tentang Penetapan Pedoman Manajemen Pengetahuan "
    "SPBE (Diterbitkan tanggal 30 Juni 2022): Berisikan pedoman tentang pelaksanaan Manajemen Pengetahuan SPBE",
    "10. Menyusun Keputusan Walikota Jambi Nomor 268 Tahun 2022 Tentang Pembentukan Tim Audit Internal TIK SPBE "
    "(Diterbitkan tanggal 30 Juni 2022): Berisikan tugas dan fungsi dari Tim Audit Internal TIK SPBE",
    "11. Mempersiapkan Proses Bisnis Pemerintah Kota Jambi dan Proses Bisnis OPD sesuai dengan Peraturan "
    "Menteri PANRB Nomor 19 Tahun 2018 (Dalam proses): Proses bisnis ini diperlukan untuk melakukan inovasi "
    "proses bisnis SPBE",
    "12. Mempersiapkan pedoman dalam pembangunan dan pengembangan aplikasi (Selesai, Versi 1): Akan dilakukan "
    "perbaikan terhadap pedoman tersebut",
    "13. Melakukan rapat untuk penerapan SPBE Pemerintah Kota Jambi (Dilaksanakan): Melakukan rapat koordinasi "
    "SPBE Melakukan rapat untuk penyusunan Kebijakan – kebijakan terkait SPBE",
    "14. Melakukan kolaborasi penerapan SPBE (Dilaksanakan): Melakukan kolaborasi untuk pembahasan dan "
    "percepatan penerapan SPBE",
    "15. Melakukan pengembangan dan pemeliharaan jaringan intranet Pemerintah Kota Jambi (Dilaksanakan): "
    "Jaringan intranet Pemerintah Kota Jambi berjalan diatas jaringan Fiber Optic",
    "16. Meningkatkan bandwidth Jaringan Internet Pemerintah Kota Jambi (Dilaksanakan): Kapasitas bandwidth "
    "jaringan internet Pemerintah Kota Jambi lebih kurang 1200 Mbps",
    "17. Menggunakan Sistem Penghubung Layanan Pemerintah milik Kementerian Kominfo (Digunakan): Telah "
    "melakukan ujicoba penggunaan Sistem Penghubung Layanan Pemerintah milik Kementerian Kominfo",
    "18. Melakukan audit internal TIK (Dilaksanakan): Audit Internal TIK yang dilaksanakan berupa : - Audit "
    "internal Aplikasi - Audit Internal Infrastruktur",
    "19. Menyiapkan dokumen SKPL dan manual book dari layanan / aplikasi SPBE yang ada pada penilaian "
    "indikator SPBE (Selesai, versi 1): Akan terus dilakukan perbaikan terhadap SKPL dan manual book sesuai "
    "dengan perkembangan / perubahan layanan / aplikasi tersebut",
    "20. Menyiapkan layanan / aplikasi pengelolaan barang milik daerah (Tahap pengembangan , versi 1): Layanan "
    "/ aplikasi pengelolaan barang milik daerah ini masih dalam tahap ujicoba dan akan terus dikembangkan "
    "hingga dapat digunakan dilingkungan Pemerintah Kota Jambi",
    "21. Membangun layanan / aplikasi pengawasan internal pemerintahan (Dalam proses): Masih dilakukannya "
    "pembahasan bersama dengan Inspektorat mengenai pembangunan layanan / aplikasi pengawasan internal "
    "pemerintahan tersebut",
    "22. Melakukan pengembangan pada aplikasi Pengaduan Pelayanan Publik (SIKESAL) (Dalam Proses): Sedang dalam "
    "proses melakukan integrasi aplikasi SIKESAL dengan SP4N-Lapor!",
    "23. Melakukan pengembangan layanan Data Terbuka Pemerintah Kota Jambi (Selesai, Versi 2): Telah "
    "dilakukannya pembaharuan layanan Data Terbuka dan juga dilakukannya integrasi dengan Data Dasar milik BPS "
    "(melalui API) serta Layanan Data Terbuka milik Pemerintah Kota Jambi juga telah menyediakan API untuk "
    "melakukan integrasi kedalam aplikasi lainnya",
    "24. Melakukan pengembangan layanan JDIH Pemerintah Kota Jambi (Selesai, Versi 2): Telah dilakukannya "
    "pengembangan layanan JDIH sehingga bersifat transaksional dan juga terintegrasi dengan JDIHN.",
    "25. Melakukan pengembangan aplikasi SIPADUKO Disdukcapil (Selesai, Versi 2): SIPADUKO merupakan layanan "
    "berbasis website yang dapat digunakan masyarakat Kota Jambi untuk melakukan kepengurusan data kependudukan "
    "dan catatan sipil Pemerintah Kota Jambi, sehingga dapat mempercepat proses kepengurusan data tersebut. "
    "Layanan SIPADUKO ini akan terus dikembangkan sesuai dengan kebutuhan.",
    "26. Melakukan pemindahan website SIMPAREDA milik BPPRD (Selesai): Saat ini SIMPAREDA dapat diakses melalui "
    "domain resmi milik Pemerintah Kota Jambi yaitu https://simpareda.jambikota.go.id/",
    "27. Buku Statistik Sektoral 2022 (Selesai): Buku statistik sektoral adalah kumpulan data statistik "
    "sektoral pada tahun sebelumnya yg disusun kedalam bentuk infografis. Sumber data sektor berasal dari "
    "seluruh Produsen data di Pemerintah Kota Jambi",
    "28. Melakukan revisi Peta Rencana SPBE Kota Jambi 2022-2024 (Selesai, dalam bentuk buku): Target 2023 akan "
    "dilakukan penetapan Peta Rencana tersebut menggunakan Keputusan Walikota Jambi",
]

SPBE_REALISASI = (
    "Indek Kinerja Utama Dinas Komunikasi dan Informatika Kota Jambi berupa indek SPBE (Sistem Pemerintahan "
    "Berbasis Elektronik) dengan target Tahun 2022 sebesar 3.0. Sesuai dengan Keputusan Menteri Pendayagunaan "
    "Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 108 Tahun 2023 Tentang Hasil Pemantauan "
    "dan Evaluasi Sistem Pemerintahan Berbasis Elektronik pada Instansi Pusat dan Pemerintah Daerah Tahun 2022, "
    "untuk Pemerintah Kota Jambi terealisasi sebesar 2,79 dengan Predikat Baik."
)
