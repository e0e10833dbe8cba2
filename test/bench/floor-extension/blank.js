// The popup benchmark's baseline: a blank extension page with one module script that renders one
// line. It sets the mark the popup sets once its first rows are drawn, at the same moment: the
// popup's mark comes from a Preact effect, and Preact runs effects after the next frame
// (requestAnimationFrame, then a task; a 35 ms timeout stands in when no frame comes), copied here.
// The popup benchmark's static copy of the popup's first screen (first-screen-copy.html, written
// at run time) runs this script too, marked data-static-copy: its rows are in the page already,
// so it adds no line and only sets the mark.
if (!document.body.hasAttribute('data-static-copy')) {
  const line = document.createElement('p');
  line.textContent = 'Blank extension page';
  document.body.append(line);
}

let raf = 0;
const done = () => {
  clearTimeout(timeout);
  cancelAnimationFrame(raf);
  setTimeout(() => performance.mark('status-lens:first-rows'));
};
const timeout = setTimeout(done, 35);
raf = requestAnimationFrame(done);
