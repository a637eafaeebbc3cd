/**
 * Is the page a company's own site? On a social or publishing platform the
 * page origin (linkedin.com, medium.com…) and the site name ("LinkedIn") say
 * nothing about the person's company, so neither is used there.
 */
const PLATFORM_HOSTS = [
  'linkedin.com', 'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'github.com',
  'gitlab.com', 'medium.com', 'youtube.com', 'tiktok.com', 'google.com', 'wikipedia.org',
  'reddit.com', 'about.me', 'substack.com', 'crunchbase.com', 'xing.com', 'wellfound.com',
  'angel.co', 'bsky.app', 'threads.net', 'mastodon.social', 'goldenline.pl', 'vk.com',
];

export interface SiteInfo {
  /** "https://acme.example" when the URL is http(s). */
  origin?: string;
  /** True when the page looks like an organisation's own site, not a platform. */
  companySite: boolean;
}

export function siteInfo(url: string): SiteInfo {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { companySite: false };
    const host = parsed.hostname.toLowerCase();
    const platform = PLATFORM_HOSTS.some((p) => host === p || host.endsWith(`.${p}`));
    return { origin: parsed.origin, companySite: !platform };
  } catch {
    return { companySite: false };
  }
}
