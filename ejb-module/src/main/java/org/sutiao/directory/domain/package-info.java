/** People's courts (the referring side) and, later, regions and the pilot rollout. */
package org.sutiao.directory.domain;
