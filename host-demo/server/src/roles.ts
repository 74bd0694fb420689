/**
 * Users' roles and what each may do. The NL-Alert procedure names three roles that may
 * be three people (decides, composes, broadcasts); the extreme-violence guideline adds
 * the police advisor; an observer reads along; an admin manages users and subscribers
 * but sends nothing (separation of duties).
 */
export const ROLES = [
  'decider',
  'composer',
  'broadcaster',
  'police-advisor',
  'observer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly Role[] = ROLES;

/** Every action the API guards, with the roles allowed to take it. */
export const PERMISSIONS = {
  'alert.read': ALL,
  'alert.create': ['decider', 'composer'],
  'alert.edit': ['composer'],
  'alert.ready': ['composer'],
  'alert.reopen': ['composer', 'broadcaster'],
  'alert.broadcast': ['broadcaster'],
  'alert.stop': ['broadcaster', 'composer'],
  'alert.follow-up': ['decider', 'composer'],
  'alert.checklist': ['decider', 'composer', 'broadcaster'],
  'alert.police-advice': ['police-advisor'],
  'alert.estimate': ['decider', 'composer', 'broadcaster'],
  'events.read': ALL,
  'channels.read': ALL,
  'audit.read': ['admin', 'observer'],
  'users.manage': ['admin'],
  'subscribers.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

/** Whether a user with `roles` may take `action`. */
export function may(roles: readonly Role[], action: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return roles.some((r) => allowed.includes(r));
}

/** The checklist roles (core's checklist definitions) a server role acts as. */
export const CHECKLIST_ROLES: Readonly<Record<Role, readonly string[]>> = {
  decider: ['decide', 'operator'],
  composer: ['compose', 'operator'],
  broadcaster: ['broadcast', 'operator'],
  'police-advisor': [],
  observer: [],
  admin: [],
};

/** Narrows untrusted input to a known role. */
export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
