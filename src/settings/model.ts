import type { RulePack } from '../rules/types';

/**
 * What is stored, in one place. Each shape is a versioned wxt storage item (see items.ts);
 * changing a shape means a new version with a migration.
 */

/** A team list the user (or the administrator) subscribed to, with its last good copy. */
export interface TeamList {
  /** HTTPS address of the pack (JSON or plain list). */
  url: string;
  /** From the last good copy. */
  name?: string;
  version?: string;
  ruleCount?: number;
  /** The last copy that loaded without errors: stays in force whatever goes wrong later. */
  pack?: RulePack;
  /** Conditional-request validators of the last good copy. */
  etag?: string;
  lastModified?: string;
  /** Epoch ms of the last successful check (200 or 304). */
  lastSuccess?: number;
  /** Epoch ms of the last attempt, successful or not. */
  lastAttempt?: number;
  /** The last attempt's error, in words for the user; cleared by the next success. */
  lastError?: string;
  /** Pushed by the administrator's policy: cannot be removed, its rules cannot be switched off. */
  managed?: boolean;
}

/** The administrator's policy, as read from storage.managed (schema: public/managed-schema.json). */
export interface ManagedPolicy {
  /** Team list URLs every user is subscribed to. */
  teamListUrls: string[];
  /** Rule packs given inline (parsed and validated; invalid ones are reported, not applied). */
  packs: RulePack[];
  /** Errors in the policy itself, in words, for the options page. */
  errors: string[];
  /** True when users may not unsubscribe from the managed lists or switch off their rules. */
  locked: boolean;
}

/** Where the personal pack lives: storage.sync while it fits the quotas, else storage.local only. */
export type PersonalStorage = 'sync' | 'local';
