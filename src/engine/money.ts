/**
 * A currency before an amount: the symbols, and the codes and abbreviations mail writes for them
 * ("Rs. 499", "INR 2,000", "AED 150"). Promotions from India, Nigeria or the Gulf quote prices as
 * surely as those in pounds or dollars. A bare "R" (rand) is left out: "R2" is as often a road or a
 * part number. A pattern source, for use before a digit.
 */
export const CURRENCY = String.raw`(?:[$£€¥₹₦₱₩₺₪]|\b(?:Rs\.?|INR|AED|CHF|USD|GBP|EUR|CAD|AUD|NZD|SGD|ZAR|NGN|KES)\s?)`;
