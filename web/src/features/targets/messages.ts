// Bahasa Indonesia is the source of truth; English must have exactly its keys (a compile error otherwise).
const id = {
  'targets.title': 'Target',
  'targets.intro': 'Target per indikator, wilayah dan tahun. Kabupaten/kota tanpa target sendiri mengikuti target provinsi; sel abu-abu menyebut asalnya.',
  'targets.indicator': 'Indikator',
  'targets.region': 'Wilayah',
  'targets.inherited': 'mengikuti {code}',
  'targets.none': '–',
  'targets.edit': 'Ubah target {region} {year}',
  'targets.save': 'Simpan',
  'targets.clear': 'Ikuti induk',
  'targets.cancel': 'Batal',
  'targets.saved': 'Target {region} {year} disimpan.',
  'targets.cleared': 'Target sendiri {region} {year} dihapus; kini mengikuti wilayah induknya.',
  'targets.percent': 'Persen',
  'targets.readOnly': 'Hanya admin provinsi yang menetapkan target.',
};

const en: Record<keyof typeof id, string> = {
  'targets.title': 'Targets',
  'targets.intro': 'Targets per indicator, region and year. A regency without its own follows the province; grey cells say where theirs comes from.',
  'targets.indicator': 'Indicator',
  'targets.region': 'Region',
  'targets.inherited': 'follows {code}',
  'targets.none': '–',
  'targets.edit': 'Change the target of {region} for {year}',
  'targets.save': 'Save',
  'targets.clear': 'Follow the parent',
  'targets.cancel': 'Cancel',
  'targets.saved': 'Target of {region} for {year} saved.',
  'targets.cleared': 'Own target of {region} for {year} removed; it now follows its parent region.',
  'targets.percent': 'Percent',
  'targets.readOnly': 'Only the province admin sets targets.',
};

export const targetsMessages = { id, en };
