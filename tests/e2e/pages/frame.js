// frame.html?src=PATH&width=W&height=H: PATH in a frame of W × H CSS px, whose own viewport
// is then that size (for a browser window that cannot be made as narrow as a phone).
const query = new URLSearchParams(location.search);
const frame = document.querySelector('iframe');
frame.width = query.get('width');
frame.height = query.get('height');
frame.src = query.get('src');
