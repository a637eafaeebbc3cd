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
  // Link pages, event and speaker platforms, portfolios, blog hosts.
  'linktr.ee', 'beacons.ai', 'bio.link', 'carrd.co', 'sessionize.com', 'eventbrite.com', 'meetup.com',
  'lu.ma', 'behance.net', 'dribbble.com', 'notion.site', 'wordpress.com', 'blogspot.com', 'tumblr.com',
  'hashnode.dev', 'dev.to', 'stackoverflow.com', 'gravatar.com', 'calendly.com', 'ok.ru', 'habr.com',
  // Newswires, directories and review sites: the page is theirs, the people on it are not.
  'prnewswire.com', 'businesswire.com', 'globenewswire.com', 'prweb.com', 'einpresswire.com',
  'accesswire.com', 'clutch.co', 'g2.com', 'capterra.com', 'trustpilot.com', 'yelp.com',
  'glassdoor.com', 'indeed.com', 'zoominfo.com', 'rocketreach.co', 'apollo.io', 'signalhire.com',
  'owler.com', 'pitchbook.com', 'dnb.com', 'bloomberg.com', 'producthunt.com', 'pracuj.pl',
  'rejestr.io', 'krs-online.com.pl', 'aleo.com', 'listafirme.ro', 'rusprofile.ru', 'hh.ru',
];

export interface SiteInfo {
  /** "https://acme.example" when the URL is http(s). */
  origin?: string;
  /** "acme.example", lower case; '' when the URL is not http(s). */
  host: string;
  /** True when the page looks like an organisation's own site, not a platform. */
  companySite: boolean;
  /** True when the URL is an event's speaker page (/speakers/…, /prelegenci/…): the site is not the person's employer. */
  speakerPage?: boolean;
}

// Path segments of an event site's speaker pages, in the reps' languages.
const SPEAKER_SEGMENTS = new Set(['speakers', 'speaker', 'prelegenci', 'prelegent', 'mowcy', 'mówcy', 'vorbitori', 'vorbitor',
  'speakeri', 'spikery', 'спикеры', 'спикер', 'докладчики']);

function isSpeakerPath(pathname: string): boolean {
  return pathname.split('/').slice(0, 20).some((segment) => {
    try {
      return SPEAKER_SEGMENTS.has(decodeURIComponent(segment).toLocaleLowerCase());
    } catch {
      return false;
    }
  });
}

export function siteInfo(url: string): SiteInfo {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { host: '', companySite: false };
    const host = parsed.hostname.toLowerCase();
    const platform = PLATFORM_HOSTS.some((p) => host === p || host.endsWith(`.${p}`));
    return { origin: parsed.origin, host, companySite: !platform, ...(isSpeakerPath(parsed.pathname) ? { speakerPage: true } : {}) };
  } catch {
    return { host: '', companySite: false };
  }
}

/**
 * A host's own label, as letters: shop.acme-robotics.com → acmerobotics, firma.com.pl → firma
 * (the label before the top level, or before a second-level one: acme.co.uk).
 */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().split('.');
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2]!);
  return (labels[labels.length - (secondLevel ? 3 : 2)] ?? '').replace(/[^a-z0-9]/g, '');
}
