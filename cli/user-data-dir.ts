import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app's user-data folder (where its template library lives), found the way Electron's
 * app.getPath('userData') places it: <appData>/<app name>. PRESSROOM_USER_DATA overrides it.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PRESSROOM_USER_DATA) return env.PRESSROOM_USER_DATA;
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  const candidates = ['Pressroom', 'pressroom'].map((name) => join(appData, name));
  return candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
}
