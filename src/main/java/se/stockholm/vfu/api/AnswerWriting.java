package se.stockholm.vfu.api;

import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import se.stockholm.vfu.common.Causes;
import se.stockholm.vfu.common.UnexpectedFailure;

import java.io.IOException;

/**
 * An answer JSON-B cannot write (an accessor failing, say) is the portal's failure, not the client's: RESTEasy reports
 * it as the same {@link ProcessingException} as a request body it cannot read, which {@link InvalidBodyMapper} answers
 * 400 without a word in the log. Here, around the writing of every answer, it becomes a 500 with a reference, logged
 * once ({@link UnexpectedFailure}); a client that goes away while its answer is written is not a failure of the
 * portal's (JSON-B's writer wraps that {@link IOException} the same way) and goes on as the container expects it.
 */
@Provider
public class AnswerWriting implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (ProcessingException unwritable) {
            IOException gone = Causes.find(unwritable, IOException.class);
            if (gone != null) {
                throw gone; // the client went away mid-answer: nobody to answer, nothing of the portal's to log
            }
            throw new InternalServerErrorException(
                    UnexpectedFailureMapper.logged("writing an API answer", unwritable).answer().build(), unwritable);
        }
    }
}
