import { render } from 'preact';

render(<p>Памятка</p>, document.getElementById('app')!);
