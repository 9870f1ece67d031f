import { render } from 'preact';
import { Welcome } from '../../src/ui/welcome/Welcome';
// The shared colours (light or dark as the system is), the options page's layout and "Try it"
// styles, then the welcome page's own.
import '../../src/ui/theme.css';
import '../options/style.css';
import './style.css';

render(<Welcome />, document.getElementById('app')!);
