/**
 * Users and sessions. A session is a random token in an HttpOnly, SameSite=Strict cookie;
 * the database keeps only its SHA-256, so a leaked database holds no usable session.
 * Each session has its own CSRF token, sent back by the client in `X-CSRF-Token` on
 * every request that changes something.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { isRole, type Role } from '../roles.js';
import { hashPassword } from './passwords.js';

/** The user a request acts as. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  demo: boolean;
}

/** A user as the admin API shows it (never the hash). */
export interface UserView extends SessionUser {
  disabled: boolean;
  createdAt: string;
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  roles: unknown;
  password_hash: string;
  demo: boolean;
  disabled: boolean;
  created_at: Date;
}

const toUser = (r: UserRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  roles: Array.isArray(r.roles) ? r.roles.filter(isRole) : [],
  demo: r.demo,
  disabled: r.disabled,
  createdAt: new Date(r.created_at).toISOString(),
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A user and their password hash, by name. */
export async function findUser(
  db: Queryable,
  username: string,
): Promise<(UserView & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: Queryable): Promise<UserView[]> {
  return (await db.query<UserRow>('SELECT * FROM users ORDER BY id')).map(toUser);
}

/** Creates a user; undefined when the name is taken. */
export async function createUser(
  db: Queryable,
  input: { username: string; displayName: string; roles: Role[]; password: string; demo?: boolean },
): Promise<UserView | undefined> {
  const hash = await hashPassword(input.password);
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (username, display_name, roles, password_hash, demo)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING RETURNING *`,
    [input.username, input.displayName, input.roles, hash, input.demo ?? false],
  );
  return row ? toUser(row) : undefined;
}

/** A new session: the cookie value and the CSRF token. */
export async function createSession(
  db: Queryable,
  userId: number,
  hours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
    [sha256(token), userId, csrfToken, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

/** The session's user and CSRF token, when the token is live and the user may log in. */
export async function lookupSession(
  db: Queryable,
  token: string,
): Promise<{ user: SessionUser; csrfToken: string } | undefined> {
  const [row] = await db.query<UserRow & { csrf_token: string }>(
    `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [sha256(token)],
  );
  if (!row) return undefined;
  const { disabled: _d, createdAt: _c, ...user } = toUser(row);
  return { user, csrfToken: row.csrf_token };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at < now()', [
    sha256(token),
  ]);
}

/** Demo users of an exercise server: one per role, the password printed at start-up. */
export const DEMO_USERS: readonly { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'beslisser', displayName: 'Demo beslisser (decider)', roles: ['decider'] },
  { username: 'opsteller', displayName: 'Demo opsteller (composer)', roles: ['composer'] },
  { username: 'uitzender', displayName: 'Demo uitzender (broadcaster)', roles: ['broadcaster'] },
  {
    username: 'politie',
    displayName: 'Demo politieadviseur (police advisor)',
    roles: ['police-advisor'],
  },
  { username: 'waarnemer', displayName: 'Demo waarnemer (observer)', roles: ['observer'] },
  { username: 'beheerder', displayName: 'Demo beheerder (admin)', roles: ['admin'] },
];

/** The demo users' password; they exist and log in only on an exercise server. */
export const DEMO_PASSWORD = 'oefenen-oefenen';
