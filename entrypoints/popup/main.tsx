import { render } from 'preact';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/theme.css';
import './style.css';
import '../../src/ui/sr-only.css';

render(<Popup />, document.getElementById('app')!);
