import type { LinkAccess, Role } from '../api/client';

export const ROLES: { value: Role; label: string }[] = [
  { value: 'viewer', label: 'Viewer' },
  { value: 'editor', label: 'Editor' },
  { value: 'owner', label: 'Owner' },
];

export const roleLabel = (role: Role) => ROLES.find((r) => r.value === role)!.label;

export const LINK_OPTIONS: { value: LinkAccess; key: string; label: string }[] = [
  { value: null, key: 'off', label: 'Off: only people added here' },
  { value: 'view', key: 'view', label: 'Anyone with the link can view' },
  { value: 'edit', key: 'edit', label: 'Anyone with the link can edit' },
];
