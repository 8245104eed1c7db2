// The name and colour this browser shows to others: the account's name when signed in, else a
// generated guest name. The colour stays the same across both, so a person keeps their colour.

export interface LocalUser {
  name: string;
  color: string;
  colorLight: string;
}

const COLORS = ['#e5484d', '#f76b15', '#ffc53d', '#46a758', '#12a594', '#0090ff', '#8e4ec6', '#d6409f'];
const ANIMALS = ['Otter', 'Heron', 'Lynx', 'Badger', 'Falcon', 'Marten', 'Ibex', 'Puffin', 'Gecko', 'Orca'];
const STORAGE_KEY = 'tandem.user';

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

function guest(): LocalUser {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored) {
    try {
      return JSON.parse(stored) as LocalUser;
    } catch {
      // A damaged entry is replaced below.
    }
  }
  const color = pick(COLORS);
  const user = { name: `Guest ${pick(ANIMALS)}`, color, colorLight: `${color}33` };
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  return user;
}

/** `accountName`: the signed-in user's name, or null for a visitor. */
export function localUser(accountName: string | null = null): LocalUser {
  const user = guest();
  return accountName ? { ...user, name: accountName } : user;
}
