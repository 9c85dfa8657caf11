/** The early warnings page (预警): counts per kind as tiles and the warnings by urgency. */
package org.sutiao.warning.web;
