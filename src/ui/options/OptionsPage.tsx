import { BuiltinRules } from './BuiltinRules';
import { CappedList } from './CappedList';
import { HowTo } from './HowTo';
import { useActiveRules, useManagedPolicy, usePersonalPack, useTeamLists } from './live';
import { PersonalRules } from './PersonalRules';
import { Reports } from './Reports';
import { Sites } from './Sites';
import { SwitchedOff } from './SwitchedOff';
import { TeamLists } from './TeamLists';
import { TryIt } from './TryIt';

/**
 * The options page: built-in rules, personal rules, team lists and "Try it". Everything follows
 * storage live, so a change made in another tab or from a card shows here without a reload.
 */
export function OptionsPage() {
  const personal = usePersonalPack();
  const active = useActiveRules();
  const policy = useManagedPolicy();
  const lists = useTeamLists();
  const leftOut = active.value?.leftOut ?? [];
  return (
    <>
      <header class="page-head">
        <h1>Connection First</h1>
        <nav aria-label="Sections">
          <a href="#cf-how-title">How to use it</a>
          <a href="#cf-sites-title">Where to check</a>
          <a href="#cf-builtin-title">Standard rules</a>
          <a href="#cf-personal-title">Your own phrases</a>
          <a href="#cf-lists-title">Shared team lists</a>
          <a href="#cf-try-title">Try it</a>
          <a href="#cf-reports-title">Reports</a>
        </nav>
      </header>
      <main>
        {active.error && (
          <p class="error" role="alert">
            The rules in force could not be loaded: {active.error}
          </p>
        )}
        <HowTo />
        <SwitchedOff disabled={personal.value?.pack.disable} />
        <Sites />
        <BuiltinRules
          active={active.value}
          disabled={personal.value ? (personal.value.pack.disable ?? []) : personal.error ? [] : undefined}
        />
        {leftOut.length > 0 && (
          <div class="warning" role="note" data-cf="left-out">
            <p>Some rule packs are not in force:</p>
            <CappedList lines={leftOut} itemCf="left-out-pack" />
          </div>
        )}
        <PersonalRules personal={personal} active={active.value} />
        <TeamLists lists={lists} policy={policy} active={active.value} />
        <TryIt active={active.value} failed={!!active.error} />
        <Reports />
      </main>
    </>
  );
}
