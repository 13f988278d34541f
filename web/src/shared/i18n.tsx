import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'id' | 'en';
export const LANG_STORAGE_KEY = 'desaplatform.lang';

// Bahasa Indonesia is the source of truth: every key must exist here,
// and the English dictionary is type-checked to have exactly the same keys.
const id = {
  'app.name': 'DesaPlatform',
  'app.tagline': 'Perlindungan BPJS Ketenagakerjaan bagi aparatur desa',
  'lang.label': 'Bahasa',
  'lang.id.title': 'Bahasa Indonesia',
  'lang.en.title': 'English',

  'common.loading': 'Memuat…',
  'common.retry': 'Coba lagi',
  'common.cancel': 'Batal',
  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.optional': 'opsional',
  'common.error.network': 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
  'common.error.server': 'Server mengalami gangguan ({status}). Coba lagi sebentar lagi.',
  'common.error.generic': 'Terjadi kesalahan: {message}',
  'common.error.forbidden': 'Anda tidak berwenang melakukan ini.',
  'common.backToDashboard': 'Kembali ke dasbor',
  'common.dash': '–',

  'role.ProvinceAdmin': 'Admin Provinsi',
  'role.RegencyStaff': 'Staf Kabupaten/Kota',
  'role.VillageOperator': 'Operator Desa',
  'role.Viewer': 'Pemantau',

  'auth.title': 'Masuk ke DesaPlatform',
  'auth.userName': 'Nama pengguna',
  'auth.password': 'Kata sandi',
  'auth.submit': 'Masuk',
  'auth.submitting': 'Sedang masuk…',
  'auth.invalid': 'Nama pengguna atau kata sandi salah',
  'auth.required': 'Isi nama pengguna dan kata sandi.',
  'auth.failed': 'Login gagal karena gangguan server. Coba lagi sebentar lagi.',
  'auth.noSession': 'Login berhasil, tetapi sesi tidak tersimpan. Pastikan cookie diizinkan lalu coba lagi.',
  'auth.help': 'Lupa kata sandi? Hubungi admin DPMD kabupaten/kota atau DPMPD provinsi.',
  'auth.signOut': 'Keluar',
  'auth.checking': 'Memeriksa sesi…',
  'auth.expired': 'Sesi Anda berakhir. Silakan masuk lagi.',

  'nav.label': 'Menu utama',
  'nav.dashboard': 'Dasbor',
  'nav.roster.own': 'Daftar orang desa',
  'nav.roster.lookup': 'Daftar orang per desa',
  'nav.submissions.inbox': 'Kotak masuk pengajuan',
  'nav.submissions.own': 'Riwayat pengajuan',
  'nav.submissions.list': 'Pengajuan desa',
  'layout.skip': 'Langsung ke konten',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak ada di DesaPlatform.',

  'dash.title': 'Dasbor cakupan {year}',
  'dash.region': 'Wilayah: {name}',
  'dash.asOf': 'data per {date}',
  'dash.print': 'Cetak',
  'dash.target': 'Target {year}: {percent}',
  'dash.target.none': 'Target {year} belum ditetapkan',
  'dash.target.indicator': 'indikator {indicator}',
  'dash.gap.above': '{pp} poin di atas target',
  'dash.gap.below': '{pp} poin di bawah target',
  'dash.people.title': 'Cakupan orang',
  'dash.people.explain': 'orang terlindungi ÷ orang menjabat',
  'dash.people.inOffice': 'Orang menjabat',
  'dash.people.covered': 'Orang terlindungi',
  'dash.villages.title': 'Desa terdaftar',
  'dash.villages.explain': 'desa dengan minimal 1 orang terlindungi ÷ jumlah desa (kelurahan tidak dihitung)',
  'dash.villages.ratio': '{covered} dari {total} desa',
  'dash.table.caption': 'Rincian per wilayah',
  'dash.table.region': 'Wilayah',
  'dash.table.inOffice': 'Orang menjabat',
  'dash.table.covered': 'Orang terlindungi',
  'dash.table.coverage': 'Cakupan orang',
  'dash.table.villages': 'Desa terdaftar',
  'dash.table.villagesPercent': '% desa terdaftar',
  'dash.table.gap': 'Selisih dari target',
  'dash.table.total': 'Total',
  'dash.empty': 'Belum ada data cakupan untuk wilayah ini.',
  'dash.empty.next': 'Data muncul setelah desa mengisi daftar orang dan kabupaten/kota menyetujuinya.',
  'dash.byRegion.empty': 'Tidak ada wilayah di bawah {name}.',
  'dash.notFound': 'Wilayah {code} tidak ditemukan atau di luar cakupan Anda.',
  'dash.officialNote': 'Angka resmi hanya memakai data yang sudah disetujui kabupaten/kota.',

  'roster.title': 'Daftar orang — {name}',
  'roster.title.plain': 'Daftar orang desa',
  'roster.code': 'Kode desa {code}',
  'roster.pick.title': 'Pilih desa',
  'roster.pick.intro': 'Cari desa menurut nama, atau ketik kode Kemendagri lengkap (misalnya 61.01.01.2001).',
  'roster.pick.label': 'Nama atau kode desa',
  'roster.pick.submit': 'Cari',
  'roster.pick.none': 'Tidak ada desa yang cocok dengan “{q}”. Coba nama lain atau kode lengkap.',
  'roster.pick.results': 'Hasil pencarian',
  'roster.pick.other': 'Pilih desa lain',
  'roster.notFound': 'Desa {code} tidak ditemukan atau di luar cakupan Anda.',
  'roster.summary': '{count} orang · {covered} terlindungi · iuran {premium}/bulan',
  'roster.more': 'Menampilkan {shown} dari {total} orang.',
  'roster.empty': 'Belum ada orang di daftar desa ini.',
  'roster.empty.operator': 'Mulai dengan formulir “Tambah orang” di bawah.',
  'roster.empty.reader': 'Operator desa belum mengisi daftar. Hubungi operator desa atau pilih desa lain.',
  'roster.col.name': 'Nama',
  'roster.col.nik': 'NIK',
  'roster.col.position': 'Jabatan',
  'roster.col.termStart': 'Mulai menjabat',
  'roster.col.status': 'Status',
  'roster.col.covered': 'Terlindungi',
  'roster.col.premium': 'Iuran per bulan',
  'roster.caption': 'Orang yang menjabat di desa ini',
  'roster.status.DRAFT': 'Draf',
  'roster.status.PENDING': 'Menunggu persetujuan',
  'roster.status.OFFICIAL': 'Resmi',
  'roster.readOnly': 'Anda melihat daftar ini sebagai pembaca; hanya operator desa yang dapat mengubahnya.',
  'roster.waiting': 'Daftar ini sedang menunggu persetujuan kabupaten/kota dan tidak dapat diubah sampai diputuskan.',
  'roster.submit': 'Ajukan ke kabupaten',
  'roster.submitting': 'Mengajukan…',
  'roster.submit.help': 'Kirim daftar ini ke DPMD kabupaten/kota untuk disetujui. Setelah disetujui, data menjadi resmi.',
  'roster.lastSubmission': 'Pengajuan terakhir: {status}, {date}',
  'roster.lastSubmission.none': 'Daftar ini belum pernah diajukan.',
  'roster.lastSubmission.reason': 'Alasan: {reason}',

  'person.form.title': 'Tambah orang',
  'person.form.intro': 'Kolom bertanda * wajib diisi.',
  'person.fullName': 'Nama lengkap',
  'person.nik': 'NIK',
  'person.nik.hint': '16 digit angka sesuai KTP.',
  'person.nik.count': '16 digit angka sesuai KTP — baru {n} digit.',
  'person.nik.notDigits': 'NIK hanya berisi angka.',
  'person.position': 'Jabatan',
  'person.position.choose': '— Pilih jabatan —',
  'person.termStart': 'Mulai menjabat',
  'person.termEnd': 'Selesai menjabat (opsional)',
  'person.enrollment': 'Kepesertaan BPJS Ketenagakerjaan',
  'person.enrollment.hint': 'Kosongkan nomor KPJ dan tanggal mulai jika orang ini belum terdaftar.',
  'person.kpj': 'Nomor KPJ',
  'person.kpj.hint': 'Nomor kepesertaan BPJS Ketenagakerjaan, biasanya 11 digit.',
  'person.programs': 'Program',
  'person.program.JKK': 'JKK — Jaminan Kecelakaan Kerja',
  'person.program.JKM': 'JKM — Jaminan Kematian',
  'person.program.JHT': 'JHT — Jaminan Hari Tua',
  'person.program.JP': 'JP — Jaminan Pensiun',
  'person.enrollmentStart': 'Tanggal mulai kepesertaan',
  'person.submit': 'Tambah orang',
  'person.submitting': 'Menyimpan…',
  'person.saved': '{name} ditambahkan ke daftar sebagai draf.',
  'person.errors.title': 'Data belum bisa disimpan:',
  'person.errors.fix': 'Periksa kolom yang ditandai.',
  'segment.APARATUR_DESA': 'Aparatur desa',
  'segment.BPD': 'BPD',
  'segment.EKOSISTEM_DESA': 'Ekosistem desa',

  'subs.title.inbox': 'Kotak masuk pengajuan',
  'subs.title.list': 'Pengajuan desa',
  'subs.intro.inbox': 'Tinjau daftar orang yang diajukan desa: setujui agar menjadi resmi, atau kembalikan dengan alasan.',
  'subs.intro.list': 'Riwayat pengajuan daftar orang dari desa (hanya baca).',
  'subs.pending': '{n} menunggu tinjauan',
  'subs.caption': 'Pengajuan, yang terlama di atas',
  'subs.col.village': 'Desa',
  'subs.col.submittedAt': 'Diajukan pada',
  'subs.col.submittedBy': 'Diajukan oleh',
  'subs.col.people': 'Jumlah orang',
  'subs.col.status': 'Status',
  'subs.col.reason': 'Alasan',
  'subs.col.actions': 'Tindakan',
  'subs.status.SUBMITTED': 'Diajukan',
  'subs.status.APPROVED': 'Disetujui',
  'subs.status.RETURNED': 'Dikembalikan',
  'subs.reviewed': '{by}, {date}',
  'subs.approve': 'Setujui',
  'subs.approve.aria': 'Setujui pengajuan {village}',
  'subs.return': 'Kembalikan',
  'subs.return.aria': 'Kembalikan pengajuan {village}',
  'subs.return.reason': 'Alasan pengembalian',
  'subs.return.reason.hint': 'Jelaskan apa yang perlu diperbaiki desa.',
  'subs.return.reason.required': 'Alasan wajib diisi.',
  'subs.return.send': 'Kirim pengembalian',
  'subs.working': 'Memproses…',
  'subs.approved': 'Pengajuan {village} disetujui.',
  'subs.returned': 'Pengajuan {village} dikembalikan ke desa.',
  'subs.viewRoster': 'Lihat daftar',
  'subs.empty.inbox': 'Tidak ada pengajuan. Semua sudah ditinjau.',
  'subs.empty.operator': 'Belum ada pengajuan dari desa Anda.',
  'subs.empty.operator.next': 'Buka daftar orang desa lalu tekan “Ajukan ke kabupaten”.',
  'subs.empty.list': 'Belum ada pengajuan di wilayah Anda.',
  'subs.more': 'Menampilkan {shown} dari {total} pengajuan.',
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'app.name': 'DesaPlatform',
  'app.tagline': 'BPJS Ketenagakerjaan coverage for village officials',
  'lang.label': 'Language',
  'lang.id.title': 'Bahasa Indonesia',
  'lang.en.title': 'English',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.optional': 'optional',
  'common.error.network': 'Cannot reach the server. Check your connection and try again.',
  'common.error.server': 'The server had a problem ({status}). Please try again shortly.',
  'common.error.generic': 'Something went wrong: {message}',
  'common.error.forbidden': 'You are not allowed to do this.',
  'common.backToDashboard': 'Back to the dashboard',
  'common.dash': '–',

  'role.ProvinceAdmin': 'Province admin',
  'role.RegencyStaff': 'Regency staff',
  'role.VillageOperator': 'Village operator',
  'role.Viewer': 'Viewer',

  'auth.title': 'Sign in to DesaPlatform',
  'auth.userName': 'User name',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in…',
  'auth.invalid': 'Wrong user name or password',
  'auth.required': 'Enter your user name and password.',
  'auth.failed': 'Sign-in failed because of a server problem. Please try again shortly.',
  'auth.noSession': 'Signed in, but the session was not kept. Make sure cookies are allowed and try again.',
  'auth.help': 'Forgot your password? Ask your regency DPMD or the province DPMPD admin.',
  'auth.signOut': 'Sign out',
  'auth.checking': 'Checking your session…',
  'auth.expired': 'Your session has ended. Please sign in again.',

  'nav.label': 'Main menu',
  'nav.dashboard': 'Dashboard',
  'nav.roster.own': 'Village roster',
  'nav.roster.lookup': 'Roster by village',
  'nav.submissions.inbox': 'Submission inbox',
  'nav.submissions.own': 'Submission history',
  'nav.submissions.list': 'Village submissions',
  'layout.skip': 'Skip to content',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist in DesaPlatform.',

  'dash.title': 'Coverage dashboard {year}',
  'dash.region': 'Region: {name}',
  'dash.asOf': 'data as of {date}',
  'dash.print': 'Print',
  'dash.target': '{year} target: {percent}',
  'dash.target.none': 'No {year} target set yet',
  'dash.target.indicator': 'indicator {indicator}',
  'dash.gap.above': '{pp} points above target',
  'dash.gap.below': '{pp} points below target',
  'dash.people.title': 'People coverage',
  'dash.people.explain': 'people covered ÷ people in office',
  'dash.people.inOffice': 'People in office',
  'dash.people.covered': 'People covered',
  'dash.villages.title': 'Villages registered',
  'dash.villages.explain': 'villages with at least 1 covered person ÷ villages (kelurahan excluded)',
  'dash.villages.ratio': '{covered} of {total} villages',
  'dash.table.caption': 'Breakdown by region',
  'dash.table.region': 'Region',
  'dash.table.inOffice': 'People in office',
  'dash.table.covered': 'People covered',
  'dash.table.coverage': 'People coverage',
  'dash.table.villages': 'Villages registered',
  'dash.table.villagesPercent': '% villages registered',
  'dash.table.gap': 'Gap to target',
  'dash.table.total': 'Total',
  'dash.empty': 'No coverage data for this region yet.',
  'dash.empty.next': 'Figures appear once villages fill in their roster and the regency approves it.',
  'dash.byRegion.empty': 'There are no regions under {name}.',
  'dash.notFound': 'Region {code} was not found or is outside your scope.',
  'dash.officialNote': 'Official figures only use data approved by the regency.',

  'roster.title': 'Roster — {name}',
  'roster.title.plain': 'Village roster',
  'roster.code': 'Village code {code}',
  'roster.pick.title': 'Choose a village',
  'roster.pick.intro': 'Search villages by name, or type the full Kemendagri code (e.g. 61.01.01.2001).',
  'roster.pick.label': 'Village name or code',
  'roster.pick.submit': 'Search',
  'roster.pick.none': 'No village matches “{q}”. Try another name or the full code.',
  'roster.pick.results': 'Search results',
  'roster.pick.other': 'Choose another village',
  'roster.notFound': 'Village {code} was not found or is outside your scope.',
  'roster.summary': '{count} people · {covered} covered · premium {premium}/month',
  'roster.more': 'Showing {shown} of {total} people.',
  'roster.empty': 'Nobody is on this village roster yet.',
  'roster.empty.operator': 'Start with the “Add person” form below.',
  'roster.empty.reader': 'The village operator has not filled in the roster yet. Contact them or choose another village.',
  'roster.col.name': 'Name',
  'roster.col.nik': 'NIK',
  'roster.col.position': 'Position',
  'roster.col.termStart': 'Term start',
  'roster.col.status': 'Status',
  'roster.col.covered': 'Covered',
  'roster.col.premium': 'Monthly premium',
  'roster.caption': 'People in office in this village',
  'roster.status.DRAFT': 'Draft',
  'roster.status.PENDING': 'Awaiting approval',
  'roster.status.OFFICIAL': 'Official',
  'roster.readOnly': 'You are viewing this roster read-only; only the village operator can change it.',
  'roster.waiting': 'This roster is waiting for the regency to approve it and cannot be changed until then.',
  'roster.submit': 'Submit to regency',
  'roster.submitting': 'Submitting…',
  'roster.submit.help': 'Send this roster to the regency DPMD for approval. Once approved, the data becomes official.',
  'roster.lastSubmission': 'Last submission: {status}, {date}',
  'roster.lastSubmission.none': 'This roster has never been submitted.',
  'roster.lastSubmission.reason': 'Reason: {reason}',

  'person.form.title': 'Add person',
  'person.form.intro': 'Fields marked * are required.',
  'person.fullName': 'Full name',
  'person.nik': 'NIK',
  'person.nik.hint': '16 digits, as on the ID card.',
  'person.nik.count': '16 digits, as on the ID card — {n} so far.',
  'person.nik.notDigits': 'A NIK contains digits only.',
  'person.position': 'Position',
  'person.position.choose': '— Choose a position —',
  'person.termStart': 'Term start',
  'person.termEnd': 'Term end (optional)',
  'person.enrollment': 'BPJS Ketenagakerjaan enrollment',
  'person.enrollment.hint': 'Leave the KPJ number and start date empty if this person is not enrolled yet.',
  'person.kpj': 'KPJ number',
  'person.kpj.hint': 'BPJS Ketenagakerjaan membership number, usually 11 digits.',
  'person.programs': 'Programs',
  'person.program.JKK': 'JKK — Work accident',
  'person.program.JKM': 'JKM — Death',
  'person.program.JHT': 'JHT — Old-age savings',
  'person.program.JP': 'JP — Pension',
  'person.enrollmentStart': 'Enrollment start date',
  'person.submit': 'Add person',
  'person.submitting': 'Saving…',
  'person.saved': '{name} was added to the roster as a draft.',
  'person.errors.title': 'The data could not be saved:',
  'person.errors.fix': 'Check the marked fields.',
  'segment.APARATUR_DESA': 'Village government',
  'segment.BPD': 'BPD',
  'segment.EKOSISTEM_DESA': 'Village ecosystem',

  'subs.title.inbox': 'Submission inbox',
  'subs.title.list': 'Village submissions',
  'subs.intro.inbox': 'Review the rosters villages submitted: approve to make them official, or return them with a reason.',
  'subs.intro.list': 'History of roster submissions from villages (read-only).',
  'subs.pending': '{n} awaiting review',
  'subs.caption': 'Submissions, oldest first',
  'subs.col.village': 'Village',
  'subs.col.submittedAt': 'Submitted at',
  'subs.col.submittedBy': 'Submitted by',
  'subs.col.people': 'People',
  'subs.col.status': 'Status',
  'subs.col.reason': 'Reason',
  'subs.col.actions': 'Actions',
  'subs.status.SUBMITTED': 'Submitted',
  'subs.status.APPROVED': 'Approved',
  'subs.status.RETURNED': 'Returned',
  'subs.reviewed': '{by}, {date}',
  'subs.approve': 'Approve',
  'subs.approve.aria': 'Approve the submission of {village}',
  'subs.return': 'Return',
  'subs.return.aria': 'Return the submission of {village}',
  'subs.return.reason': 'Reason for returning',
  'subs.return.reason.hint': 'Explain what the village needs to fix.',
  'subs.return.reason.required': 'A reason is required.',
  'subs.return.send': 'Send back',
  'subs.working': 'Working…',
  'subs.approved': 'The submission of {village} was approved.',
  'subs.returned': 'The submission of {village} was returned to the village.',
  'subs.viewRoster': 'View roster',
  'subs.empty.inbox': 'No submissions. Everything has been reviewed.',
  'subs.empty.operator': 'Your village has not submitted anything yet.',
  'subs.empty.operator.next': 'Open the village roster and press “Submit to regency”.',
  'subs.empty.list': 'No submissions in your region yet.',
  'subs.more': 'Showing {shown} of {total} submissions.',
};

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translate(lang: Lang, key: MessageKey, params?: TranslateParams): string {
  const template = dictionaries[lang][key] ?? dictionaries.id[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    return stored === 'en' || stored === 'id' ? stored : 'id';
  } catch {
    return 'id';
  }
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-toggle" role="group" aria-label={t('lang.label')}>
      <button
        type="button"
        lang="id"
        title={t('lang.id.title')}
        aria-pressed={lang === 'id'}
        onClick={() => setLang('id')}
      >
        ID
      </button>
      <button
        type="button"
        lang="en"
        title={t('lang.en.title')}
        aria-pressed={lang === 'en'}
        onClick={() => setLang('en')}
      >
        EN
      </button>
    </div>
  );
}
