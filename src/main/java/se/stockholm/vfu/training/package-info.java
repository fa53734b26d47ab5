/** The universities' reports back to the city on supervisor training (handledarutbildning), per term. */
package se.stockholm.vfu.training;
