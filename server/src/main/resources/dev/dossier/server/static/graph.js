// Draws a co-mention graph with cytoscape from the API URL in the container's data-graph
// attribute. Names are drawn on a canvas or written with textContent: no data becomes HTML.
(function () {
  'use strict';
  var COLOURS = { PERSON: '#1f6fb2', ORGANIZATION: '#b8480c', LOCATION: '#2a7d3b', MISC: '#7a4fa3' };
  var LABELS = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other' };
  // Force-directed, spread enough that labels rarely collide; no animation, so tests see the end state.
  var LAYOUT = { name: 'cose', animate: false, fit: true, padding: 30, randomize: false, nodeRepulsion: function () { return 400000; },
    idealEdgeLength: function () { return 110; }, nodeOverlap: 20, edgeElasticity: function () { return 100; }, gravity: 60,
    componentSpacing: 100, numIter: 1000 };

  function entityUrl(id) {
    return '/entities/' + encodeURIComponent(id);
  }

  function graphUrl(id) {
    return '/api/v1/entities/' + encodeURIComponent(id) + '/graph?limit=15';
  }

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status + ' for ' + url);
      }
      return response.json();
    });
  }

  function elements(graph, cy) {
    var added = [];
    graph.nodes.forEach(function (node) {
      if (!cy || cy.getElementById(node.id).empty()) {
        added.push({ group: 'nodes', data: { id: node.id, label: node.name, type: node.type, articles: node.articles,
          size: 16 + 8 * Math.log(1 + node.articles) } });
      }
    });
    graph.edges.forEach(function (edge) {
      var id = edge.source + '\u0000' + edge.target;
      if (!cy || cy.getElementById(id).empty()) {
        added.push({ group: 'edges', data: { id: id, source: edge.source, target: edge.target, weight: edge.sharedArticles,
          width: Math.min(10, 1 + Math.log(edge.sharedArticles) * 1.5) } });
      }
    });
    return added;
  }

  function style() {
    return [
      { selector: 'node', style: { 'background-color': function (n) { return COLOURS[n.data('type')] || '#666'; },
        label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1b1b1b',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b400' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa3ad', opacity: 0.7, 'curve-style': 'haystack' } },
      { selector: '.hidden', style: { display: 'none' } }
    ];
  }

  function start(container) {
    var selection = document.getElementById('selection');
    var list = document.getElementById('node-list');
    var centre = container.getAttribute('data-centre');
    load(container.getAttribute('data-graph')).then(function (graph) {
      var cy = cytoscape({ container: container, elements: elements(graph, null), style: style(), wheelSensitivity: 0.3,
        minZoom: 0.2, maxZoom: 1.6, layout: LAYOUT });
      if (centre) {
        cy.getElementById(centre).addClass('centre');
      }
      container.setAttribute('tabindex', '0');
      container.setAttribute('data-nodes', String(cy.nodes().length));

      function select(node) {
        cy.nodes().unselect();
        node.select();
        if (!selection) {
          return;
        }
        selection.textContent = '';
        var name = document.createElement('h2');
        name.textContent = node.data('label');
        var facts = document.createElement('p');
        facts.textContent = (LABELS[node.data('type')] || '') + ' · ' + node.data('articles') + ' articles · ' + node.degree() + ' links shown';
        var open = document.createElement('a');
        open.href = entityUrl(node.id());
        open.textContent = 'Open dossier';
        open.className = 'button';
        var expandButton = document.createElement('button');
        expandButton.type = 'button';
        expandButton.textContent = 'Expand neighbours';
        expandButton.addEventListener('click', function () { expand(node.id()); });
        selection.append(name, facts, open, ' ', expandButton);
      }

      function addToList(graphPart) {
        if (!list) {
          return;
        }
        graphPart.nodes.forEach(function (node) {
          if (list.querySelector('[data-node="' + CSS.escape(node.id) + '"]')) {
            return;
          }
          var item = document.createElement('li');
          item.setAttribute('data-node', node.id);
          var link = document.createElement('a');
          link.href = entityUrl(node.id);
          link.className = 'chip t-' + node.type.toLowerCase();
          link.textContent = node.name;
          var count = document.createElement('span');
          count.className = 'count';
          count.textContent = node.articles + ' articles';
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'expand';
          button.setAttribute('data-expand', node.id);
          button.setAttribute('aria-label', 'Expand ' + node.name);
          button.textContent = 'Expand';
          item.append(link, ' ', count, ' ', button);
          list.appendChild(item);
        });
      }

      function expand(id) {
        return load(graphUrl(id)).then(function (part) {
          var added = cy.add(elements(part, cy));
          applyTypeFilter();
          addToList(part);
          container.setAttribute('data-nodes', String(cy.nodes().length));
          if (added.length > 0) {
            cy.layout(LAYOUT).run();
          }
          var node = cy.getElementById(id);
          if (node.nonempty()) {
            select(node);
          }
        });
      }

      function applyTypeFilter() {
        document.querySelectorAll('[data-type-toggle]').forEach(function (box) {
          var nodes = cy.nodes().filter(function (n) { return n.data('type') === box.value; });
          if (box.checked) {
            nodes.removeClass('hidden');
          } else {
            nodes.addClass('hidden');
          }
          if (list) {
            nodes.forEach(function (n) {
              var item = list.querySelector('[data-node="' + CSS.escape(n.id()) + '"]');
              if (item) {
                item.hidden = !box.checked;
              }
            });
          }
        });
      }

      cy.on('tap', 'node', function (event) {
        if (selection) {
          select(event.target);
        } else {
          window.location.href = entityUrl(event.target.id());
        }
      });
      document.querySelectorAll('[data-type-toggle]').forEach(function (box) {
        box.addEventListener('change', applyTypeFilter);
      });
      if (list) {
        list.addEventListener('click', function (event) {
          var button = event.target.closest('[data-expand]');
          if (button) {
            expand(button.getAttribute('data-expand'));
          }
        });
      }
      // Keyboard: arrows move the selection through the visible nodes, Enter opens the dossier, e expands.
      container.addEventListener('keydown', function (event) {
        var visible = cy.nodes().filter(function (n) { return !n.hasClass('hidden'); });
        if (visible.length === 0) {
          return;
        }
        var current = cy.nodes(':selected').first();
        var index = current.nonempty() ? visible.indexOf(current) : -1;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
          select(visible[(index + 1) % visible.length]);
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
          select(visible[(index - 1 + visible.length) % visible.length]);
        } else if (event.key === 'Enter' && current.nonempty()) {
          window.location.href = entityUrl(current.id());
        } else if (event.key === 'e' && current.nonempty()) {
          expand(current.id());
        } else {
          return;
        }
        event.preventDefault();
      });
      container.setAttribute('data-ready', 'true');
    }).catch(function (error) {
      container.textContent = 'The graph could not be drawn: ' + error.message;
      container.setAttribute('data-ready', 'error');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('graph');
    if (container && container.getAttribute('data-graph') && window.cytoscape) {
      start(container);
    }
  });
})();
