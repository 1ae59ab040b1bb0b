// pym.js' own parent, as a newsroom's page sets it up: the child is told this page's address.
// eslint-disable-next-line no-undef
window.parentOfChart = new pym.Parent('chart', '/embed.html', { title: 'Steppe graphic' });
