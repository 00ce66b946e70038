import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

// The layout and export extensions, registered once for every canvas.
cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

export { cytoscape };
