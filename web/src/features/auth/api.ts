export type LoginResult = 'ok' | 'invalid' | 'twoFactor' | 'network' | 'error';

/** The 401 of an account with two-factor sign-in when the authenticator code is missing or wrong. */
const REQUIRES_TWO_FACTOR = 'RequiresTwoFactor';

/** Cookie sign-in (ASP.NET Core Identity endpoints); the cookie is HttpOnly. */
export async function login(userName: string, password: string, twoFactorCode?: string): Promise<LoginResult> {
  try {
    const response = await fetch('/auth/login?useCookies=true', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(twoFactorCode ? { userName, password, twoFactorCode } : { userName, password }),
    });
    if (response.ok) return 'ok';
    if (response.status === 401) return (await problemDetail(response)) === REQUIRES_TWO_FACTOR ? 'twoFactor' : 'invalid';
    if (response.status === 400) return 'invalid';
    return 'error';
  } catch {
    return 'network';
  }
}

async function problemDetail(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { detail?: unknown } | null;
    return typeof body?.detail === 'string' ? body.detail : undefined;
  } catch {
    return undefined;
  }
}

export async function logout(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  } catch {
    // Signing out locally still hides the data; the cookie expires on its own.
  }
}
