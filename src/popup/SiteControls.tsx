/**
 * The site's switch, or the ways to start Dossier where it does not run: "Enable on this site" (asks the optional
 * permission for the site; the background then runs Dossier there, now and on every visit) and "Annotate this
 * page once" (through `activeTab`, nothing kept).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { isSiteSwitchedOff, siteKey, withSite, type Settings } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { Switch } from '../ui/Switch';
import { annotateOnce } from './tab-messages';
import { requestSite, type SiteAccess } from './site-access';

export function SiteControls({
  tabId,
  page,
  access,
  settings,
  announce,
}: {
  tabId: number | undefined;
  page: PageState | null;
  access: SiteAccess | null;
  settings: Settings;
  announce: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const host = access?.host;

  if (page && host) {
    return (
      <div class="site-controls">
        <Switch
          id="site-switch"
          label={t('siteSwitch')}
          hint={siteKey(host)}
          checked={!isSiteSwitchedOff(settings, host)}
          onChange={(on) => {
            void updateSettings((s) => withSite(s, host, on));
            announce(t(on ? 'siteTurnedOn' : 'siteTurnedOff', siteKey(host)));
          }}
        />
        {!settings.enabled && (
          <p class="note">
            {t('globalOffNote')}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => void updateSettings((s) => ({ ...s, enabled: true }))}
            >
              {t('globalTurnOn')}
            </button>
          </p>
        )}
      </div>
    );
  }
  if (!access || tabId === undefined) return null;

  const annotate = async (): Promise<void> => {
    setBusy(true);
    const ok = await annotateOnce(tabId);
    setBusy(false);
    announce(ok ? t('annotateStarted') : t('annotateFailed'));
  };
  const enable = (): void => {
    setBusy(true);
    // The request must start in the click itself (user input); nothing is awaited before it.
    void requestSite(access.pattern)
      .catch(() => false)
      .then((granted) => {
        setBusy(false);
        announce(t(granted ? 'siteEnabled' : 'siteNotEnabled', siteKey(access.host)));
      });
  };

  return (
    <div class="site-controls">
      <div class="actions">
        {!access.runs && (
          <button type="button" id="enable-site" class="primary" disabled={busy} onClick={enable}>
            {t('enableOnSite')}
          </button>
        )}
        <button type="button" id="annotate-once" disabled={busy} onClick={() => void annotate()}>
          {t('annotateOnce')}
        </button>
      </div>
    </div>
  );
}
