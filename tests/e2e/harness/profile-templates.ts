import { provideChromiumProfileTemplate } from './chromium-profile';
import { provideFirefoxProfileTemplate } from './firefox-profile';

// vitest globalSetup of the e2e run: the profiles every launch copies (chromium-profile.ts, firefox-profile.ts), made
// side by side for the browsers the run includes, removed after it.
export default async function setup(): Promise<() => void> {
  const only = process.env.E2E_BROWSER;
  const removals = await Promise.all([
    only === 'firefox' ? () => {} : provideChromiumProfileTemplate(),
    only === 'chromium' ? () => {} : provideFirefoxProfileTemplate(),
  ]);
  return () => {
    for (const remove of removals) remove();
  };
}
