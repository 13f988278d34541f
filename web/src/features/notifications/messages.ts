// Bahasa Indonesia is the source of truth; English must have exactly its keys (a compile error otherwise).
const id = {
  'notif.button': 'Pemberitahuan',
  'notif.button.count': 'Pemberitahuan: {n}',
  'notif.title': 'Pemberitahuan',
  'notif.empty': 'Tidak ada pemberitahuan.',
  'notif.error': 'Pemberitahuan belum dapat dimuat.',
  'notif.kind.SUBMISSION_WAITING': 'Menunggu persetujuan',
  'notif.kind.SUBMISSION_RETURNED': 'Dikembalikan',
  'notif.kind.APPROVAL_REOPENED': 'Dibuka kembali',
  'notif.kind.SUBMISSION_APPROVED': 'Disetujui',
  'notif.kind.DRAFT_NOT_SUBMITTED': 'Draf belum diajukan',
  'notif.kind.ACTION_OVERDUE': 'Tindak lanjut monev lewat tenggat',
  'notif.open.review': 'Buka pengajuan',
  'notif.open.roster': 'Buka daftar desa',
  'notif.open.monev': 'Buka temuan monev desa',
};

const en: Record<keyof typeof id, string> = {
  'notif.button': 'Notifications',
  'notif.button.count': 'Notifications: {n}',
  'notif.title': 'Notifications',
  'notif.empty': 'No notifications.',
  'notif.error': 'Notifications could not be loaded.',
  'notif.kind.SUBMISSION_WAITING': 'Waiting for approval',
  'notif.kind.SUBMISSION_RETURNED': 'Returned',
  'notif.kind.APPROVAL_REOPENED': 'Reopened',
  'notif.kind.SUBMISSION_APPROVED': 'Approved',
  'notif.kind.DRAFT_NOT_SUBMITTED': 'Draft not submitted',
  'notif.kind.ACTION_OVERDUE': 'Monev follow-up overdue',
  'notif.open.review': 'Open the submission',
  'notif.open.roster': 'Open the village roster',
  'notif.open.monev': 'Open the village’s monev findings',
};

export const notificationsMessages = { id, en };
