import { render } from 'preact';
import { SiteSwitches } from '../../src/ui/SiteSwitches';
import './style.css';

function Popup() {
  return (
    <main>
      <h1>Connection First</h1>
      <p>Underlines what costs you the reader's attention while you write in Gmail and Outlook on the web.</p>
      <SiteSwitches />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
