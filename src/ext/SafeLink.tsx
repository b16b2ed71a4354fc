// A link that can only point where Plain Notice allows (https, http, mailto, tel). Anything else
// is shown as plain text. Web links open in a new tab and say so.
import type { ComponentChildren } from 'preact';
import { safeHref } from '../core/safe-url';
import { t } from './i18n';

export function SafeLink({ href, children, class: className }: { href: string | null; children: ComponentChildren; class?: string }) {
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  const external = safe.startsWith('http');
  return (
    <a class={className} href={safe} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
      {external && <span class="visually-hidden"> {t('opensInNewTab')}</span>}
    </a>
  );
}
