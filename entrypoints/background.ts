export default defineBackground(() => {
  // wired up by the background modules in utils/background/
});
