export type LoginResult = 'ok' | 'invalid' | 'network' | 'error';

/** Cookie sign-in (ASP.NET Core Identity endpoints); the cookie is HttpOnly. */
export async function login(userName: string, password: string): Promise<LoginResult> {
  try {
    const response = await fetch('/auth/login?useCookies=true', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ userName, password }),
    });
    if (response.ok) return 'ok';
    if (response.status === 401 || response.status === 400) return 'invalid';
    return 'error';
  } catch {
    return 'network';
  }
}

export async function logout(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  } catch {
    // Signing out locally still hides the data; the cookie expires on its own.
  }
}
