/** The HubSpot API origin: an optional host permission, asked for when the rep connects (wxt.config.ts declares it from here). */
export const HUBSPOT_API = 'https://api.hubapi.com/*';
export const HUBSPOT_ORIGINS = [HUBSPOT_API];
