/** The HubSpot API origin: an optional host permission, asked for when the rep connects (wxt.config.ts declares it). */
export const HUBSPOT_ORIGINS = ['https://api.hubapi.com/*'];
