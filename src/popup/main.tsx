import { render } from 'preact';
import { App } from './App';
import { GLANCE_ID } from './first-paint';
import './popup.css';

// What boot.ts painted, if anything: the popup removes it when it paints its own header.
render(<App glance={document.getElementById(GLANCE_ID) ?? undefined} />, document.getElementById('app')!);
