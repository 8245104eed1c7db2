// The name and colour this browser shows to others. Accounts will replace the generated name.

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

export function localUser(): LocalUser {
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
