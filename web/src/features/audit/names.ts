import type { Lang } from '../../shared/i18n';

/**
 * What the audit trail records by its code names (the stored entity and its properties), worded for the people who
 * read it, in both languages. A name not listed here is shown as recorded.
 */
type Words = Readonly<Record<Lang, string>>;

const ENTITIES: Readonly<Record<string, Words>> = {
  Person: { id: 'Orang di daftar desa', en: 'Roster entry' },
  Enrollment: { id: 'Kepesertaan BPJS', en: 'BPJS enrollment' },
  Submission: { id: 'Pengajuan', en: 'Submission' },
  SubmissionEvent: { id: 'Langkah pengajuan', en: 'Submission step' },
  ReviewComment: { id: 'Catatan pemeriksa', en: 'Reviewer comment' },
  Position: { id: 'Jabatan', en: 'Position' },
  Region: { id: 'Wilayah', en: 'Region' },
  RegionChange: { id: 'Riwayat wilayah', en: 'Region history' },
  RegionImport: { id: 'Impor wilayah', en: 'Region import' },
  RosterImport: { id: 'Impor daftar desa', en: 'Roster import' },
  DesaUser: { id: 'Akun pengguna', en: 'User account' },
  'IdentityUserToken`1': { id: 'Kunci autentikator', en: 'Authenticator key' },
  PremiumRate: { id: 'Tarif iuran', en: 'Premium rate' },
  Target: { id: 'Target', en: 'Target' },
};

const FIELDS: Readonly<Record<string, Words>> = {
  Id: { id: 'ID', en: 'ID' },
  FullName: { id: 'Nama lengkap', en: 'Full name' },
  Nik: { id: 'NIK', en: 'NIK' },
  Sex: { id: 'Jenis kelamin', en: 'Sex' },
  BirthDate: { id: 'Tanggal lahir', en: 'Date of birth' },
  Phone: { id: 'Telepon', en: 'Phone' },
  PositionCode: { id: 'Jabatan', en: 'Position' },
  TermStart: { id: 'Mulai menjabat', en: 'Term start' },
  TermEnd: { id: 'Akhir jabatan', en: 'Term end' },
  SkNumber: { id: 'Nomor SK', en: 'Decree number' },
  SkDate: { id: 'Tanggal SK', en: 'Decree date' },
  Appointment: { id: 'Pengangkatan', en: 'Appointment' },
  NikNote: { id: 'Keterangan NIK', en: 'NIK note' },
  CoveredFrom: { id: 'Terlindungi sejak', en: 'Covered from' },
  Status: { id: 'Status', en: 'Status' },
  SubmissionId: { id: 'Pengajuan', en: 'Submission' },
  ApprovedAt: { id: 'Disetujui pada', en: 'Approved at' },
  ReviewComment: { id: 'Catatan pemeriksa', en: 'Reviewer comment' },
  Version: { id: 'Versi', en: 'Version' },
  EntryId: { id: 'ID entri', en: 'Entry ID' },
  BasedOnId: { id: 'Mengubah versi', en: 'Changes version' },
  RegionCode: { id: 'Kode wilayah', en: 'Region code' },
  Kpj: { id: 'Nomor KPJ', en: 'KPJ number' },
  Scheme: { id: 'Skema', en: 'Scheme' },
  Programs: { id: 'Program', en: 'Programs' },
  WageBase: { id: 'Dasar upah', en: 'Wage base' },
  StartDate: { id: 'Mulai kepesertaan', en: 'Enrollment start' },
  PersonId: { id: 'Orang', en: 'Person' },
  SubmittedAt: { id: 'Diajukan pada', en: 'Submitted at' },
  SubmittedBy: { id: 'Diajukan oleh', en: 'Submitted by' },
  ReviewedAt: { id: 'Diputuskan pada', en: 'Decided at' },
  ReviewedBy: { id: 'Diputuskan oleh', en: 'Decided by' },
  Reason: { id: 'Alasan', en: 'Reason' },
  PeopleCount: { id: 'Jumlah perubahan', en: 'Changes' },
  AddedCount: { id: 'Baru', en: 'Added' },
  ChangedCount: { id: 'Diubah', en: 'Changed' },
  EndedCount: { id: 'Berakhir', en: 'Ended' },
  Kind: { id: 'Jenis', en: 'Kind' },
  At: { id: 'Waktu', en: 'When' },
  By: { id: 'Oleh', en: 'By' },
  Changes: { id: 'Jumlah perubahan', en: 'Changes' },
  Comment: { id: 'Catatan', en: 'Comment' },
  Code: { id: 'Kode', en: 'Code' },
  Name: { id: 'Nama', en: 'Name' },
  SearchName: { id: 'Nama untuk pencarian', en: 'Search name' },
  Level: { id: 'Tingkat', en: 'Level' },
  ParentCode: { id: 'Kode induk', en: 'Parent code' },
  RetiredOn: { id: 'Dihapus pada', en: 'Retired on' },
  UserName: { id: 'Nama pengguna', en: 'User name' },
  NormalizedUserName: { id: 'Nama pengguna (baku)', en: 'User name (normalized)' },
  Role: { id: 'Peran', en: 'Role' },
  IsDisabled: { id: 'Dinonaktifkan', en: 'Disabled' },
  MustChangePassword: { id: 'Wajib ganti kata sandi', en: 'Must change password' },
  LastSignInAt: { id: 'Terakhir masuk', en: 'Last sign-in' },
  AccessFailedCount: { id: 'Gagal masuk berturut-turut', en: 'Failed sign-ins in a row' },
  LockoutEnd: { id: 'Terkunci sampai', en: 'Locked out until' },
  LockoutEnabled: { id: 'Penguncian aktif', en: 'Lockout enabled' },
  TwoFactorEnabled: { id: 'Verifikasi dua langkah', en: 'Two-factor sign-in' },
  PasswordHash: { id: 'Kata sandi (tersandi)', en: 'Password (hashed)' },
  SecurityStamp: { id: 'Cap keamanan', en: 'Security stamp' },
  ConcurrencyStamp: { id: 'Cap versi', en: 'Concurrency stamp' },
  Contact: { id: 'Kontak', en: 'Contact' },
  Email: { id: 'Surel', en: 'E-mail' },
  PhoneNumber: { id: 'Telepon', en: 'Phone' },
  Program: { id: 'Program', en: 'Program' },
  Percent: { id: 'Persen', en: 'Percent' },
  FlatAmount: { id: 'Nominal tetap', en: 'Flat amount' },
  MinimumAmount: { id: 'Nominal minimum', en: 'Minimum amount' },
  WageCap: { id: 'Batas upah', en: 'Wage cap' },
  EffectiveFrom: { id: 'Berlaku sejak', en: 'Effective from' },
  Regulation: { id: 'Dasar hukum', en: 'Regulation' },
  Indicator: { id: 'Indikator', en: 'Indicator' },
  Year: { id: 'Tahun', en: 'Year' },
  File: { id: 'Berkas', en: 'File' },
  Sha256: { id: 'Sidik berkas (SHA-256)', en: 'File fingerprint (SHA-256)' },
  Rows: { id: 'Baris', en: 'Rows' },
  Unchanged: { id: 'Tidak berubah', en: 'Unchanged' },
  Added: { id: 'Baru', en: 'Added' },
  Changed: { id: 'Diubah', en: 'Changed' },
  Ended: { id: 'Berakhir', en: 'Ended' },
  Renamed: { id: 'Berganti nama', en: 'Renamed' },
  Reclassified: { id: 'Berganti jenis', en: 'Reclassified' },
  Retired: { id: 'Dihapus', en: 'Retired' },
  Restored: { id: 'Dipulihkan', en: 'Restored' },
  Entries: { id: 'Baris yang mengubah', en: 'Rows that changed' },
  Fields: { id: 'Kolom yang berubah', en: 'Changed fields' },
};

export function entityName(lang: Lang, entity: string): string {
  return ENTITIES[entity]?.[lang] ?? entity;
}

const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A field by its words; an import summary's keys are lower case, an owned part's field comes as Enrollment.Kpj. */
export function fieldName(lang: Lang, field: string): string {
  const words = FIELDS[field] ?? FIELDS[capitalized(field)];
  if (words) return words[lang];
  const dot = field.indexOf('.');
  return dot > 0 ? `${entityName(lang, capitalized(field.slice(0, dot)))}: ${fieldName(lang, field.slice(dot + 1))}` : field;
}

/** Who or what an entry is about, by name, when its values carry one (a person, an account, a region). */
export function subjectOf(values: Readonly<Record<string, unknown>>): string | null {
  for (const key of ['FullName', 'UserName', 'Name']) {
    const value = values[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}
