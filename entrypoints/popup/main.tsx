import { render } from 'preact';

function Popup() {
  return (
    <main style={{ font: '14px system-ui', padding: '12px', width: '240px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Connection First</h1>
      <p style={{ margin: 0 }}>Checks your drafts in Gmail and Outlook on the web as you type.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
