import { useEffect, useState } from 'preact/hooks';
import { teamLists } from '../../settings/items';
import type { TeamList } from '../../settings/model';

/** An error from a server or a parser can be any length: the popup shows the start of it. */
const MAX_ERROR_CHARS = 160;

/** Lists the popup shows, each with its state; the rest are counted (the options page shows all). */
const LISTS_SHOWN = 8;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const formatDate = (ms: number) =>
  new Date(ms).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

const isList = (value: unknown): value is TeamList =>
  !!value && typeof value === 'object' && typeof (value as TeamList).url === 'string';

/** The subscribed team lists, live. Undefined while loading. */
function useTeamLists(): TeamList[] | undefined {
  const [lists, setLists] = useState<TeamList[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const set = (value: unknown) => live && setLists(Array.isArray(value) ? value.filter(isList) : []);
    void teamLists.getValue().then(set, () => set([]));
    const unwatch = teamLists.watch(set);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return lists;
}

/** Each subscribed list at a glance: its name and whether its last update worked. Everything shown as text. */
export function TeamLists() {
  const lists = useTeamLists();
  if (!lists) return null;
  return (
    <section class="lists" aria-labelledby="cf-lists-title">
      <h2 id="cf-lists-title">Team lists</h2>
      {lists.length === 0 ? (
        <p class="muted" data-cf="no-lists">
          None yet: add one in the options.
        </p>
      ) : (
        <ul>
          {lists.slice(0, LISTS_SHOWN).map((list) => (
            <ListRow key={list.url} list={list} />
          ))}
          {lists.length > LISTS_SHOWN && (
            <li class="muted" data-cf="popup-more-lists">
              and {(lists.length - LISTS_SHOWN).toLocaleString('en-US')} more: see the options
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

function ListRow({ list }: { list: TeamList }) {
  const name = typeof list.name === 'string' && list.name.trim() ? list.name : list.url;
  const hasCopy = !!list.pack || typeof list.lastSuccess === 'number';
  const state = list.lastError ? 'warning' : hasCopy ? 'ok' : 'pending';
  return (
    <li data-cf="popup-list" data-state={state} title={list.url}>
      <div class="list-head">
        <span class="list-name">{clip(name, 80)}</span>
        {list.managed && <span class="tag">Managed</span>}
      </div>
      {list.lastError ? (
        <div class="list-warning" data-cf="popup-list-warning" role="note">
          <span>
            {typeof list.lastSuccess === 'number' && hasCopy
              ? `Update failed — using the copy from ${formatDate(list.lastSuccess)}`
              : hasCopy
                ? 'Update failed — using the last good copy'
                : 'Update failed — not loaded yet'}
          </span>
          <span class="list-error">{clip(String(list.lastError), MAX_ERROR_CHARS)}</span>
        </div>
      ) : (
        <div class="list-state muted">
          {hasCopy
            ? [
                typeof list.ruleCount === 'number'
                  ? `${list.ruleCount} rule${list.ruleCount === 1 ? '' : 's'}`
                  : undefined,
                typeof list.lastSuccess === 'number' ? `checked ${formatDate(list.lastSuccess)}` : undefined,
              ]
                .filter(Boolean)
                .join(' · ') || 'Loaded'
            : 'Not loaded yet'}
        </div>
      )}
    </li>
  );
}
