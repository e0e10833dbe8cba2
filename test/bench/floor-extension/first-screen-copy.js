// The script of first-screen-copy.html, a copy of the popup's first screen that the popup
// benchmark writes into the floor extension at run time (static HTML: the rows are in the page).
// It draws nothing; it sets the mark once the page's first frame is drawn, the way blank.js does,
// so the copy measures what the first screen's content alone costs the browser.
let raf = 0;
const done = () => {
  clearTimeout(timeout);
  cancelAnimationFrame(raf);
  setTimeout(() => performance.mark('status-lens:first-rows'));
};
const timeout = setTimeout(done, 35);
raf = requestAnimationFrame(done);
