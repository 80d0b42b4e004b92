// The typed protocol between the panel page, the page agent, the engine and the background.
export * from './agent';
export * from './engine';
export * from './protocol';
