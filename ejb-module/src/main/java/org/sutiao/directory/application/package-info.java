/** The pilot rollout: which regions take part, from when. */
package org.sutiao.directory.application;
