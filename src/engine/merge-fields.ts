/**
 * A CRM's or mailing tool's merge field in braces, which the tool fills in before sending:
 * Salesforce's "{!Contact.FirstName}", Liquid's and HubL's "{{ first_name | default: "there" }}".
 * Its "!", ":" or "." are the tool's syntax, not the end of a greeting or a sentence. Where it is
 * one of two ways to read a character, the other must not take braces: a run of "{a}" that could be
 * read either way made the greeting's pattern backtrack for seconds.
 */
export const MERGE_FIELD = String.raw`\{{1,3}[^{}\n]{1,80}\}{1,3}`;
