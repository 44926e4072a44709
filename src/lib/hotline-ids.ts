/** The id of the organisation's own customer-service line (site.yaml's customerService). */
export const BANK_HOTLINE_ID = 'bank';
