// Bahasa Indonesia is the source of truth; English must have exactly its keys (a compile error otherwise).
const id = {
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
  'auth.checking': 'Memeriksa sesi…',
  'auth.code': 'Kode autentikator',
  'auth.code.prompt': 'Akun ini memakai verifikasi dua langkah. Masukkan kode 6 digit dari aplikasi autentikator Anda.',
  'auth.code.hint': '6 angka; kode berganti setiap 30 detik.',
  'auth.code.required': 'Isi kode autentikator 6 digit.',
  'auth.code.invalid': 'Kode autentikator salah atau sudah kedaluwarsa. Masukkan kode yang tampil sekarang.',
};

const en: Record<keyof typeof id, string> = {
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
  'auth.checking': 'Checking your session…',
  'auth.code': 'Authenticator code',
  'auth.code.prompt': 'This account uses two-step verification. Enter the 6-digit code from your authenticator app.',
  'auth.code.hint': '6 digits; the code changes every 30 seconds.',
  'auth.code.required': 'Enter the 6-digit authenticator code.',
  'auth.code.invalid': 'The authenticator code is wrong or has expired. Enter the code shown now.',
};

export const authMessages = { id, en };
